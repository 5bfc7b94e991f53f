package org.zhiben.training;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A session of a course: start (China time), place, trainer and the people enrolled (一人一档 ids). */
public record SessionData(LocalDateTime startsAt, String place, String trainer, List<UUID> personIds) {
}
