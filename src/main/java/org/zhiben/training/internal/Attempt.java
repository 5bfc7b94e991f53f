package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.training.QuestionType;
import org.zhiben.training.Scoring;

/**
 * A candidate's sitting of an exam. The paper is drawn and shuffled once, per candidate: the questions' order and
 * each choice question's options ({@code questionId:permutation}, where the permutation's i-th letter is the stored
 * option shown in place i). Answers are saved as given (translated back to stored letters) until the deadline;
 * submitting scores once — a second submit changes nothing.
 */
@Entity
@Table(name = "training_attempt")
public class Attempt extends ScopedRecord {

    @Column(name = "exam_id")
    private UUID examId;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "self_test")
    private boolean selfTest;
    @Column(name = "high_risk")
    private boolean highRisk;
    @Column(name = "started_at")
    private Instant startedAt;
    private Instant deadline;
    private String paper;
    private String answers;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    private Integer score;
    @Column(name = "max_score")
    private Integer maxScore;
    private Boolean passed;

    protected Attempt() {
    }

    public Attempt(Exam exam, Person person, List<Question> drawn, long seed, Instant now) {
        super(person.getEnterpriseId(), person.getRegionCode(), person.getSectors(), now);
        this.examId = exam.getId();
        this.personId = person.getId();
        this.selfTest = exam.isSelfTest();
        this.highRisk = person.isHighRisk() || person.isSpecialOperator();
        this.startedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.deadline = startedAt.plus(Duration.ofMinutes(exam.getMinutes()));
        Random random = new Random(seed);
        List<Question> order = new ArrayList<>(drawn);
        java.util.Collections.shuffle(order, random);
        List<String> lines = new ArrayList<>();
        for (Question q : order) {
            String letters = q.letters();
            if (q.getType() != QuestionType.JUDGE) {
                List<Character> cs = new ArrayList<>();
                for (char c : letters.toCharArray()) {
                    cs.add(c);
                }
                java.util.Collections.shuffle(cs, random);
                StringBuilder b = new StringBuilder();
                cs.forEach(b::append);
                letters = b.toString();
            }
            lines.add(q.getId() + ":" + letters);
        }
        this.paper = String.join("\n", lines);
        this.answers = "";
    }

    /** Question id → permutation, in the candidate's order. */
    public Map<UUID, String> paper() {
        Map<UUID, String> m = new LinkedHashMap<>();
        for (String l : paper.split("\n")) {
            if (!l.isEmpty()) {
                String[] p = l.split(":", 2);
                m.put(UUID.fromString(p[0]), p[1]);
            }
        }
        return m;
    }

    /** Question id → stored letters chosen. */
    public Map<UUID, String> answers() {
        Map<UUID, String> m = new LinkedHashMap<>();
        for (String l : answers.split("\n")) {
            if (!l.isEmpty()) {
                String[] p = l.split(":", 2);
                m.put(UUID.fromString(p[0]), p[1]);
            }
        }
        return m;
    }

    /** Letters as shown to the candidate for a stored answer (for redrawing the page). */
    public static String shown(String permutation, String stored) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < permutation.length(); i++) {
            if (stored != null && stored.indexOf(permutation.charAt(i)) >= 0) {
                b.append(displayLetter(permutation, i));
            }
        }
        return b.toString();
    }

    private static char displayLetter(String permutation, int i) {
        return permutation.equals("TF") || permutation.equals("FT") ? permutation.charAt(i) : (char) ('A' + i);
    }

    /**
     * Saves the answer to one question as the candidate gave it (letters as shown; 判断: T or F). Refused for a
     * question not on this paper, after submission and after the deadline.
     */
    public void answer(UUID questionId, String shownLetters, Instant now) {
        if (submittedAt != null) {
            throw new InvalidInputException("questionId", "试卷已提交,不能再作答");
        }
        if (now.isAfter(deadline)) {
            throw new InvalidInputException("questionId", "考试时间已到,不能再作答");
        }
        String permutation = questionId == null ? null : paper().get(questionId);
        if (permutation == null) {
            throw new InvalidInputException("questionId", "该题不在本试卷中");
        }
        StringBuilder stored = new StringBuilder();
        for (char c : Scoring.canonical(shownLetters).toCharArray()) {
            int i = permutation.equals("TF") ? permutation.indexOf(c) : c - 'A';
            if (i < 0 || i >= permutation.length()) {
                throw new InvalidInputException("choices", "选项不存在:" + c);
            }
            stored.append(permutation.charAt(i));
        }
        Map<UUID, String> a = answers();
        a.put(questionId, Scoring.canonical(stored.toString()));
        List<String> lines = new ArrayList<>();
        a.forEach((k, v) -> lines.add(k + ":" + v));
        this.answers = String.join("\n", lines);
    }

    /** Scores the paper once; answers the wrong question ids (empty on a repeated submit). */
    public List<UUID> submit(Exam exam, Map<UUID, Question> questions, Instant now) {
        if (submittedAt != null) {
            return List.of();
        }
        Map<UUID, String> given = answers();
        int total = 0;
        List<UUID> wrong = new ArrayList<>();
        for (UUID id : paper().keySet()) {
            Question q = questions.get(id);
            int points = q == null ? 0 : Scoring.points(q.getType(), q.getAnswer(), given.get(id),
                    exam.getPointsEach(), exam.isMultiplePartial());
            if (points < exam.getPointsEach()) {
                wrong.add(id);
            }
            total += points;
        }
        this.submittedAt = now.isAfter(deadline) ? deadline : now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.score = total;
        this.maxScore = paper().size() * exam.getPointsEach();
        this.passed = total >= exam.getPassMark();
        return wrong;
    }

    public boolean timedOut(Instant now) {
        return submittedAt == null && now.isAfter(deadline);
    }

    public UUID getExamId() { return examId; }
    public UUID getPersonId() { return personId; }
    public boolean isSelfTest() { return selfTest; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getDeadline() { return deadline; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Integer getScore() { return score; }
    public Integer getMaxScore() { return maxScore; }
    public Boolean getPassed() { return passed; }
}
