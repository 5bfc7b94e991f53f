package org.zhiben.inspection;

import java.util.UUID;

/**
 * One thing to check in a task: a template item, or for a control measure's task the measure itself ({@code id} is
 * then the measure's id). {@code major}: failing it proposes a 重大事故隐患.
 */
public record TaskItem(UUID id, String code, String content, String basis, boolean major, String hazardType) {
}
