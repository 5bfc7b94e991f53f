package org.zhiben.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.training.ExamData;
import org.zhiben.training.PersonData;
import org.zhiben.training.PersonKind;
import org.zhiben.training.QuestionData;
import org.zhiben.training.QuestionType;

/** Papers shuffled per candidate keep the answers right; answers after the deadline and off the paper refused. */
class AttemptTest {

    static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");
    static final UUID ENTERPRISE = UUID.randomUUID();

    static Question q(QuestionType type, List<String> options, String answer) {
        return new Question(ENTERPRISE, "990101000000", SectorSet.of("03"), new QuestionData(type, "题干" + answer,
                options, answer, "解析", "来源", "", "", ""), T0);
    }

    @Test
    void shufflingPerCandidateKeepsTheAnswersRight() {
        Question single = q(QuestionType.SINGLE, List.of("甲", "乙", "丙", "丁"), "C");
        Question multiple = q(QuestionType.MULTIPLE, List.of("甲", "乙", "丙", "丁", "戊"), "BDE");
        Question judge = q(QuestionType.JUDGE, List.of(), "错");
        Map<UUID, Question> byId = new HashMap<>();
        List.of(single, multiple, judge).forEach(x -> byId.put(x.getId(), x));
        Exam exam = new Exam(ENTERPRISE, "990101000000", SectorSet.of("03"), new ExamData("考试",
                List.copyOf(byId.keySet()), null, 10, 30, 30, false, false), T0);
        Person person = new Person(ENTERPRISE, "990101000000", SectorSet.of("03"), false, false, new PersonData("甲",
                "1", PersonKind.EMPLOYEE, null, LocalDate.of(2025, 1, 1), null, null, null, false, false, false,
                null), T0);
        java.util.Set<String> orders = new java.util.HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            Attempt a = new Attempt(exam, person, List.of(single, multiple, judge), seed, T0);
            orders.add(String.join(",", a.paper().values()));
            for (UUID id : a.paper().keySet()) {
                Question x = byId.get(id);
                // the candidate picks the options whose texts are right, in the letters shown
                a.answer(id, Attempt.shown(a.paper().get(id), x.getAnswer()), T0.plusSeconds(60));
            }
            a.submit(exam, byId, T0.plusSeconds(120));
            assertThat(a.getScore()).as("seed " + seed).isEqualTo(30);
            assertThat(a.getPassed()).isTrue();
        }
        assertThat(orders).hasSizeGreaterThan(1); // candidates see different orders
    }

    @Test
    void answersAfterTheDeadlineOrOffThePaperAreRefusedAndASecondSubmitScoresNothingMore() {
        Question single = q(QuestionType.SINGLE, List.of("甲", "乙"), "A");
        Exam exam = new Exam(ENTERPRISE, "990101000000", SectorSet.of("03"), new ExamData("考试",
                List.of(single.getId()), null, 10, 10, 1, false, false), T0);
        Person person = new Person(ENTERPRISE, "990101000000", SectorSet.of("03"), false, false, new PersonData("甲",
                "1", PersonKind.EMPLOYEE, null, LocalDate.of(2025, 1, 1), null, null, null, false, false, false,
                null), T0);
        Attempt a = new Attempt(exam, person, List.of(single), 1, T0);
        assertThatThrownBy(() -> a.answer(UUID.randomUUID(), "A", T0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不在本试卷");
        a.answer(single.getId(), Attempt.shown(a.paper().get(single.getId()), "A"), T0.plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> a.answer(single.getId(), "B", T0.plus(Duration.ofMinutes(1)).plusMillis(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("时间已到");
        assertThat(a.submit(exam, Map.of(single.getId(), single), T0.plus(Duration.ofMinutes(5)))).isEmpty();
        assertThat(a.getScore()).isEqualTo(10);
        assertThat(a.getSubmittedAt()).isEqualTo(a.getDeadline()); // scored as of the deadline
        Instant first = a.getSubmittedAt();
        a.submit(exam, Map.of(single.getId(), single), T0.plus(Duration.ofMinutes(9)));
        assertThat(a.getSubmittedAt()).isEqualTo(first);
        assertThatThrownBy(() -> a.answer(single.getId(), "B", T0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSingleChoiceWithTwoAnswersIsRefused() {
        assertThat(Question.problems(new QuestionData(QuestionType.SINGLE, "题", List.of("甲", "乙", "丙"), "AB", "解析",
                null, null, null, null))).extracting(v -> v.message()).contains("单选题只能有一个正确答案");
        assertThat(Question.problems(new QuestionData(QuestionType.MULTIPLE, "题", List.of("甲", "乙", "丙"), "A",
                "解析", null, null, null, null))).extracting(v -> v.message()).contains("多选题至少有两个正确答案");
        assertThat(Question.problems(new QuestionData(QuestionType.SINGLE, "题", List.of("甲", "乙"), "C", "解析",
                null, null, null, null))).isNotEmpty();
    }
}
