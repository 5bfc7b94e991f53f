package org.zhiben.training;

import java.util.List;
import java.util.UUID;

/** An exam as created: fixed questions or draw rules, points, pass mark, minutes. */
public record ExamData(String title, List<UUID> questionIds, List<DrawRule> rules, int pointsEach, int passMark,
        int minutes, boolean multiplePartial, boolean selfTest) {
}
