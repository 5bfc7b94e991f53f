package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.zhiben.training.ExamData;
import org.zhiben.training.DrawRule;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.training.QuestionType;

/** An exam (or a self-test): a fixed paper or rules to draw one, points, pass mark, time limit. */
@Entity
@Table(name = "training_exam")
public class Exam extends ScopedRecord {

    private String title;
    private String mode;
    @Column(name = "question_ids")
    private String questionIds;
    @Column(name = "draw_rules")
    private String drawRules;
    @Column(name = "points_each")
    private int pointsEach;
    @Column(name = "pass_mark")
    private int passMark;
    private int minutes;
    @Column(name = "multiple_partial")
    private boolean multiplePartial;
    @Column(name = "self_test")
    private boolean selfTest;

    protected Exam() {
    }

    /** A draw rule: {@code count} questions of {@code type}, tagged {@code tag} when given. */
    

    

    public Exam(UUID enterpriseId, String regionCode, SectorSet sectors, ExamData d, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        List<FieldViolation> errors = new ArrayList<>();
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 200) {
            errors.add(new FieldViolation("title", "请填写考试名称(不超过200字)"));
        }
        boolean fixed = d.questionIds() != null && !d.questionIds().isEmpty();
        boolean drawn = d.rules() != null && !d.rules().isEmpty();
        if (fixed == drawn) {
            errors.add(new FieldViolation("questionIds", "请选择固定试题,或填写抽题规则(二选一)"));
        }
        if (drawn && d.rules().stream().anyMatch(r -> r == null || r.type() == null || r.count() < 1 || r.count() > 100)) {
            errors.add(new FieldViolation("rules", "抽题规则:题型必填,题数1–100"));
        }
        if (d.pointsEach() < 1 || d.pointsEach() > 100) {
            errors.add(new FieldViolation("pointsEach", "每题分值1–100"));
        }
        if (d.minutes() < 1 || d.minutes() > 600) {
            errors.add(new FieldViolation("minutes", "考试时长1–600分钟"));
        }
        if (d.passMark() < 0) {
            errors.add(new FieldViolation("passMark", "及格分不能为负"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.title = d.title().strip();
        this.mode = fixed ? "FIXED" : "DRAWN";
        this.questionIds = fixed ? String.join("\n", d.questionIds().stream().map(UUID::toString).toList()) : "";
        this.drawRules = drawn ? String.join("\n", d.rules().stream().map(r -> r.type().name() + ":" + r.count()
                + (r.tag() == null || r.tag().isBlank() ? "" : ":" + r.tag().strip())).toList()) : "";
        this.pointsEach = d.pointsEach();
        this.passMark = d.passMark();
        this.minutes = d.minutes();
        this.multiplePartial = d.multiplePartial();
        this.selfTest = d.selfTest();
    }

    public boolean fixed() {
        return "FIXED".equals(mode);
    }

    public List<UUID> fixedQuestions() {
        return questionIds.isEmpty() ? List.of() : Arrays.stream(questionIds.split("\n")).map(UUID::fromString).toList();
    }

    public List<DrawRule> rules() {
        if (drawRules.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(drawRules.split("\n")).map(l -> {
            String[] p = l.split(":", 3);
            return new DrawRule(QuestionType.valueOf(p[0]), Integer.parseInt(p[1]), p.length > 2 ? p[2] : null);
        }).toList();
    }

    public String getTitle() { return title; }
    public String getMode() { return mode; }
    public int getPointsEach() { return pointsEach; }
    public int getPassMark() { return passMark; }
    public int getMinutes() { return minutes; }
    public boolean isMultiplePartial() { return multiplePartial; }
    public boolean isSelfTest() { return selfTest; }
}
