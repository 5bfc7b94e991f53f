package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.zhiben.training.QuestionData;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.training.QuestionType;
import org.zhiben.training.Scoring;

/** A question of the bank: 单选 (one right option), 多选 (two or more), 判断 (T/F), with explanation and tags. */
@Entity
@Table(name = "training_question")
public class Question extends ScopedRecord {

    @Enumerated(EnumType.STRING)
    private QuestionType type;
    private String stem;
    private String options;
    private String answer;
    private String explanation;
    private String source;
    @Column(name = "tag_sector")
    private String tagSector;
    @Column(name = "tag_position")
    private String tagPosition;
    @Column(name = "tag_topic")
    private String tagTopic;

    protected Question() {
    }

    

    public Question(UUID enterpriseId, String regionCode, SectorSet sectors, QuestionData d, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        set(d);
    }

    /** Every problem of {@code d} at once (the bank import reports them per row). */
    public static List<FieldViolation> problems(QuestionData d) {
        List<FieldViolation> errors = new ArrayList<>();
        if (d.type() == null) {
            errors.add(new FieldViolation("type", "题型应为 单选、多选 或 判断"));
        }
        if (d.stem() == null || d.stem().isBlank() || d.stem().strip().length() > 1000) {
            errors.add(new FieldViolation("stem", "请填写题干(不超过1000字)"));
        }
        List<String> opts = d.options() == null ? List.of()
                : d.options().stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
        String answer = d.answer() == null ? "" : d.answer().strip().toUpperCase();
        if (d.type() == QuestionType.JUDGE) {
            if (!opts.isEmpty()) {
                errors.add(new FieldViolation("options", "判断题没有选项"));
            }
            if (!Set.of("T", "F", "对", "错", "正确", "错误", "√", "×").contains(answer)) {
                errors.add(new FieldViolation("answer", "判断题答案应为 对 或 错"));
            }
        } else if (d.type() != null) {
            if (opts.size() < 2 || opts.size() > 6 || opts.stream().anyMatch(o -> o.length() > 200)) {
                errors.add(new FieldViolation("options", "选择题应有2至6个选项(每项不超过200字)"));
            } else if (opts.stream().anyMatch(o -> o.indexOf('\n') >= 0 || o.indexOf('\r') >= 0)) {
                errors.add(new FieldViolation("options", "每个选项写在一行内,不能换行"));
            } else if (opts.stream().distinct().count() < opts.size()) {
                errors.add(new FieldViolation("options", "选项不能重复"));
            }
            Set<Character> letters = Scoring.letters(answer);
            boolean inRange = !answer.isEmpty() && answer.chars().allMatch(c -> c >= 'A' && c < 'A' + opts.size());
            if (!inRange) {
                errors.add(new FieldViolation("answer", "答案应为选项字母(A–" + (char) ('A' + Math.max(opts.size(), 1) - 1) + ")"));
            } else if (d.type() == QuestionType.SINGLE && letters.size() != 1) {
                errors.add(new FieldViolation("answer", "单选题只能有一个正确答案"));
            } else if (d.type() == QuestionType.MULTIPLE && letters.size() < 2) {
                errors.add(new FieldViolation("answer", "多选题至少有两个正确答案"));
            }
        }
        if (d.explanation() == null || d.explanation().isBlank() || d.explanation().strip().length() > 1000) {
            errors.add(new FieldViolation("explanation", "请填写解析(不超过1000字)"));
        }
        check(errors, "source", d.source(), 200, "出处");
        check(errors, "tagSector", d.tagSector(), 50, "行业标签");
        check(errors, "tagPosition", d.tagPosition(), 100, "岗位标签");
        check(errors, "tagTopic", d.tagTopic(), 100, "主题标签");
        return errors;
    }

    private static void check(List<FieldViolation> errors, String field, String v, int max, String label) {
        if (v != null && v.strip().length() > max) {
            errors.add(new FieldViolation(field, label + "不超过" + max + "字"));
        }
    }

    public void set(QuestionData d) {
        List<FieldViolation> errors = problems(d);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.type = d.type();
        this.stem = d.stem().strip();
        List<String> opts = d.options() == null ? List.of()
                : d.options().stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
        this.options = String.join("\n", opts);
        String a = d.answer().strip().toUpperCase();
        this.answer = type == QuestionType.JUDGE ? (Set.of("T", "对", "正确", "√").contains(a) ? "T" : "F")
                : Scoring.canonical(a);
        this.explanation = d.explanation().strip();
        this.source = d.source() == null ? "" : d.source().strip();
        this.tagSector = d.tagSector() == null ? "" : d.tagSector().strip();
        this.tagPosition = d.tagPosition() == null ? "" : d.tagPosition().strip();
        this.tagTopic = d.tagTopic() == null ? "" : d.tagTopic().strip();
    }

    /** Replaces the content with {@code d}; answers whether anything changed (a re-imported row often did not). */
    public boolean change(QuestionData d) {
        String before = content();
        set(d);
        return !before.equals(content());
    }

    private String content() {
        return String.join("\u0000", type.name(), stem, options, answer, explanation, source, tagSector, tagPosition,
                tagTopic);
    }

    public List<String> optionList() {
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\n"));
    }

    /** Letters of the options as stored: ABCD…, or TF for 判断. */
    public String letters() {
        if (type == QuestionType.JUDGE) {
            return "TF";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < optionList().size(); i++) {
            b.append((char) ('A' + i));
        }
        return b.toString();
    }

    public boolean tagged(String tag) {
        return tag == null || tag.isBlank() || tag.equals(tagSector) || tag.equals(tagPosition) || tag.equals(tagTopic);
    }

    public QuestionType getType() { return type; }
    public String getStem() { return stem; }
    public String getOptions() { return options; }
    public String getAnswer() { return answer; }
    public String getExplanation() { return explanation; }
    public String getSource() { return source; }
    public String getTagSector() { return tagSector; }
    public String getTagPosition() { return tagPosition; }
    public String getTagTopic() { return tagTopic; }
}
