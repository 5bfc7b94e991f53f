package org.zhiben.training;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.training.internal.Attempt;
import org.zhiben.training.internal.AttemptRepository;
import org.zhiben.training.internal.Exam;
import org.zhiben.training.internal.ExamRepository;
import org.zhiben.training.internal.Person;
import org.zhiben.training.internal.Question;
import org.zhiben.training.internal.QuestionRepository;

/**
 * The question bank and exams: questions of the enterprise (managers write them), exams fixed or drawn by rules,
 * attempts drawn and shuffled per candidate, answers saved as given until the deadline, submission scored once;
 * statistics of pass rates and the questions most often failed. Candidates are people with a linked account.
 */
@Service
public class Exams {

    /** An answer as typed: option letters, optionally separated (空格、逗号、顿号). */
    private static final java.util.regex.Pattern ANSWER_TEXT = java.util.regex.Pattern.compile("[A-Za-z\\s,，、]*");

    static final VersionedChanges.Subject<Question> QUESTION = new VersionedChanges.Subject<>("TrainingQuestion",
            Question::getId, Question::getVersion, q -> Map.of("stem", q.getStem(), "answer", q.getAnswer()));

    private final QuestionRepository questions;
    private final ExamRepository exams;
    private final AttemptRepository attempts;
    private final TrainingPeople people;
    private final DataScopes scopes;
    private final IdempotentCreates creates;
    private final VersionedChanges changes;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Exams(QuestionRepository questions, ExamRepository exams, AttemptRepository attempts, TrainingPeople people,
            DataScopes scopes, IdempotentCreates creates, VersionedChanges changes, AuditTrail audit,
            JdbcTemplate jdbc, Clock clock) {
        this.questions = questions;
        this.exams = exams;
        this.attempts = attempts;
        this.people = people;
        this.scopes = scopes;
        this.creates = creates;
        this.changes = changes;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- bank

    @Transactional(readOnly = true)
    public List<Question> bank(UUID enterpriseId) {
        EnterpriseSummary e = people.enterpriseInScope(enterpriseId);
        requireManager(e.id());
        return questions.findByEnterpriseId(e.id()).stream().sorted(Comparator.comparing(Question::getCreatedAt))
                .toList();
    }

    @Transactional
    public UUID addQuestion(UUID enterpriseId, QuestionData d, String idempotencyKey) {
        return creates.once("training.question", idempotencyKey, d, () -> {
            EnterpriseSummary e = people.enterpriseInScope(enterpriseId);
            requireManager(e.id());
            Question q = new Question(e.id(), e.regionCode(), SectorSet.of(e.sectors()), d, clock.instant());
            questions.saveAndFlush(q);
            audit.record(AuditRecord.created("TrainingQuestion", q.getId(), "新增试题 " + abbreviate(q.getStem()),
                    Map.of("type", q.getType().name())));
            return q.getId();
        });
    }

    /** Saves valid rows (each through the same rules as a single question); reports the others. */
    @Transactional
    public Imported importQuestions(UUID enterpriseId, List<QuestionData> rows) {
        EnterpriseSummary e = people.enterpriseInScope(enterpriseId);
        requireManager(e.id());
        Map<String, Question> bank = new HashMap<>();
        questions.findByEnterpriseId(e.id()).forEach(q -> bank.putIfAbsent(identity(q.getType(), q.getStem()), q));
        int created = 0;
        int updated = 0;
        for (QuestionData d : rows) {
            Question same = bank.get(identity(d.type(), d.stem()));
            if (same == null) {
                questions.save(new Question(e.id(), e.regionCode(), SectorSet.of(e.sectors()), d, clock.instant()));
                created++;
            } else if (same.change(d)) {
                updated++;
            }
        }
        questions.flush();
        audit.record(AuditRecord.created("TrainingQuestion", e.id(), "导入试题:新增 " + created + " 道,更新 " + updated
                + " 道", Map.of("created", created, "updated", updated)));
        return new Imported(created, updated);
    }

    /** What an import did: questions added, and questions of the same type and stem whose content it changed. */
    public record Imported(int created, int updated) {
    }

    /**
     * A question's identity in the bank sheet: its type and stem. A re-imported sheet (the export, edited) changes
     * the questions it names instead of adding them again.
     */
    public static String identity(QuestionType type, String stem) {
        return type + "|" + (stem == null ? "" : stem.strip());
    }

    // ---------------------------------------------------------------- exams

    @Transactional(readOnly = true)
    public List<Exam> exams(UUID enterpriseId) {
        EnterpriseSummary e = people.enterpriseInScope(enterpriseId);
        return exams.findByEnterpriseIdOrderByCreatedAtDesc(e.id());
    }

    @Transactional(readOnly = true)
    public Exam exam(UUID id) {
        DataScope scope = scopes.current();
        return exams.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("考试"));
    }

    @Transactional
    public UUID createExam(UUID enterpriseId, ExamData d, String idempotencyKey) {
        return creates.once("training.exam", idempotencyKey, d, () -> {
            EnterpriseSummary e = people.enterpriseInScope(enterpriseId);
            requireManager(e.id());
            Exam x = new Exam(e.id(), e.regionCode(), SectorSet.of(e.sectors()), d, clock.instant());
            if (x.fixed()) {
                if (new java.util.HashSet<>(x.fixedQuestions()).size() < x.fixedQuestions().size()) {
                    // a paper asks each question once, so a repeated one would shrink the total under the pass mark
                    throw new InvalidInputException("questionIds", "试题重复:同一道题在试卷中只能出现一次");
                }
                for (UUID q : x.fixedQuestions()) {
                    questions.findById(q).filter(o -> o.getEnterpriseId().equals(e.id())).orElseThrow(() ->
                            new InvalidInputException("questionIds", "关联的试题不存在或不属于本企业"));
                }
            } else {
                List<Question> bank = questions.findByEnterpriseId(e.id());
                for (DrawRule r : x.rules()) {
                    long available = bank.stream().filter(q -> q.getType() == r.type() && q.tagged(r.tag())).count();
                    if (available < r.count()) {
                        throw new InvalidInputException("rules", "题库中" + r.type().label() + (r.tag() == null ? ""
                                : "(" + r.tag() + ")") + "只有 " + available + " 道,少于 " + r.count() + " 道");
                    }
                }
            }
            int max = (x.fixed() ? x.fixedQuestions().size() : x.rules().stream().mapToInt(DrawRule::count).sum())
                    * x.getPointsEach();
            if (x.getPassMark() > max) {
                throw new InvalidInputException("passMark", "及格分不能高于总分 " + max);
            }
            exams.saveAndFlush(x);
            audit.record(AuditRecord.created("TrainingExam", x.getId(), "新建考试 " + x.getTitle(),
                    Map.of("passMark", x.getPassMark())));
            return x.getId();
        });
    }

    // ---------------------------------------------------------------- attempts

    /**
     * Starts (or resumes: the open attempt of this candidate, not yet timed out) a sitting for the current user's
     * person record. A timed-out open attempt is scored with the answers saved before its deadline first.
     */
    @Transactional
    public UUID start(UUID examId) {
        Exam exam = exam(examId);
        Person me = people.mine().filter(p -> p.getEnterpriseId().equals(exam.getEnterpriseId()))
                .orElseThrow(() -> new AccessDeniedException("您的账号未关联本企业的人员档案,不能参加考试"));
        Instant now = clock.instant();
        var open = attempts.findFirstByExamIdAndPersonIdAndSubmittedAtIsNullOrderByStartedAtDesc(examId, me.getId());
        if (open.isPresent()) {
            if (!open.get().timedOut(now)) {
                return open.get().getId();
            }
            finish(open.get(), exam, now);
        }
        List<Question> drawn = draw(exam);
        Attempt a = new Attempt(exam, me, drawn, new Random().nextLong(), now);
        attempts.saveAndFlush(a);
        return a.getId();
    }

    private List<Question> draw(Exam exam) {
        List<Question> bank = questions.findByEnterpriseId(exam.getEnterpriseId());
        if (exam.fixed()) {
            Map<UUID, Question> byId = new HashMap<>();
            bank.forEach(q -> byId.put(q.getId(), q));
            return exam.fixedQuestions().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        }
        Random random = new Random();
        List<Question> out = new ArrayList<>();
        for (DrawRule r : exam.rules()) {
            List<Question> pool = new ArrayList<>(bank.stream().filter(q -> q.getType() == r.type() && q.tagged(r.tag())
                    && !out.contains(q)).toList());
            java.util.Collections.shuffle(pool, random);
            out.addAll(pool.subList(0, Math.min(r.count(), pool.size())));
        }
        return out;
    }

    /** An attempt of the current user (a manager of the enterprise may read any), or 404. */
    @Transactional(readOnly = true)
    public Attempt attempt(UUID id) {
        DataScope scope = scopes.current();
        Attempt a = attempts.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("答卷"));
        CurrentUser me = TrainingPeople.me();
        boolean own = people.mine().map(p -> p.getId().equals(a.getPersonId())).orElse(false);
        if (!own && !me.managerOf(a.getEnterpriseId()) && !me.isOfficialOrAdmin()) {
            throw new NotFoundException("答卷");
        }
        return a;
    }

    /** The paper as the candidate sees it: questions in their order, options shuffled, saved answers. */
    public record PaperQuestion(int no, Question question, List<String[]> options, String given, boolean right,
            String rightShown) {

        /** The right answer as the candidate reads it: letters, or 对/错. */
        public String rightLabel() {
            return question.getType() == QuestionType.JUDGE ? ("T".equals(rightShown) ? "对" : "错") : rightShown;
        }
    }

    @Transactional(readOnly = true)
    public List<PaperQuestion> paper(Attempt a) {
        Map<UUID, Question> byId = new HashMap<>();
        questions.findAllById(a.paper().keySet()).forEach(q -> byId.put(q.getId(), q));
        Exam exam = exams.findById(a.getExamId()).orElseThrow();
        Map<UUID, String> answers = a.answers();
        List<PaperQuestion> out = new ArrayList<>();
        int no = 1;
        for (Map.Entry<UUID, String> e : a.paper().entrySet()) {
            Question q = byId.get(e.getKey());
            if (q == null) {
                continue;
            }
            List<String[]> opts = new ArrayList<>();
            String perm = e.getValue();
            if (q.getType() == QuestionType.JUDGE) {
                opts.add(new String[] {"T", "对"});
                opts.add(new String[] {"F", "错"});
            } else {
                List<String> stored = q.optionList();
                for (int i = 0; i < perm.length(); i++) {
                    opts.add(new String[] {String.valueOf((char) ('A' + i)), stored.get(perm.charAt(i) - 'A')});
                }
            }
            String given = answers.get(q.getId());
            boolean right = given != null && Scoring.points(q.getType(), q.getAnswer(), given, exam.getPointsEach(),
                    false) == exam.getPointsEach();
            out.add(new PaperQuestion(no++, q, opts, Attempt.shown(perm, given), right, Attempt.shown(perm, q.getAnswer())));
        }
        return out;
    }

    /** One question of a paper with its right answer in the letters the candidate saw. */
    public record KeyEntry(UUID questionId, QuestionType type, String right) {
    }

    /** The answer key of a paper in the candidate's letters, for the enterprise's managers (printing, checking). */
    @Transactional(readOnly = true)
    public List<KeyEntry> answerKey(UUID attemptId) {
        Attempt a = attempt(attemptId);
        requireManager(a.getEnterpriseId());
        return paper(a).stream().map(pq -> new KeyEntry(pq.question().getId(), pq.question().getType(),
                rightShown(a, pq.question()))).toList();
    }

    /** The right answer in the letters the candidate saw. */
    public static String rightShown(Attempt a, Question q) {
        return Attempt.shown(a.paper().get(q.getId()), q.getAnswer());
    }

    @Transactional
    public void answer(UUID attemptId, UUID questionId, String shownLetters) {
        Attempt a = attempt(attemptId);
        requireCandidate(a);
        if (shownLetters != null && !ANSWER_TEXT.matcher(shownLetters).matches()) {
            // letters are read out of the text; a text of none would silently clear the answer
            throw new InvalidInputException("choices", "答案应为选项字母,如 A 或 ACD(判断题 T 或 F);清空答案请传空字符串");
        }
        if (Scoring.canonical(shownLetters).length() > 1 && questionId != null && questions.findById(questionId)
                .filter(q -> q.getType() != QuestionType.MULTIPLE).isPresent()) {
            throw new InvalidInputException("choices", "单选题和判断题只能选一个答案");
        }
        a.answer(questionId, shownLetters, clock.instant());
        attempts.saveAndFlush(a);
    }

    /** Scores once; a second submit answers the same result. */
    @Transactional
    public Attempt submit(UUID attemptId) {
        Attempt a = attempt(attemptId);
        requireCandidate(a);
        if (a.getSubmittedAt() == null) {
            finish(a, exams.findById(a.getExamId()).orElseThrow(), clock.instant());
        }
        return a;
    }

    private void finish(Attempt a, Exam exam, Instant now) {
        Map<UUID, Question> byId = new HashMap<>();
        questions.findAllById(a.paper().keySet()).forEach(q -> byId.put(q.getId(), q));
        List<UUID> wrong = a.submit(exam, byId, now);
        attempts.saveAndFlush(a);
        if (!a.isSelfTest()) {
            for (UUID q : wrong) {
                jdbc.update("insert into training_attempt_wrong (attempt_id, question_id, enterprise_id, region_code)"
                        + " values (?, ?, ?, ?)", a.getId(), q, a.getEnterpriseId(), a.getRegionCode());
            }
            audit.record(AuditRecord.created("TrainingAttempt", a.getId(), "交卷 " + exam.getTitle() + " 得分 "
                    + a.getScore() + (a.getPassed() ? " 合格" : " 不合格"), Map.of("score", a.getScore())));
        }
    }

    private void requireCandidate(Attempt a) {
        boolean own = people.mine().map(p -> p.getId().equals(a.getPersonId())).orElse(false);
        if (!own) {
            throw new AccessDeniedException("只有考生本人可以作答");
        }
    }

    // ---------------------------------------------------------------- statistics

    public record ExamStats(UUID examId, String title, long attempts, long passed) {
        public long rate() {
            return attempts == 0 ? 0 : Math.round(100.0 * passed / attempts);
        }
    }

    public record Failed(UUID questionId, String stem, long wrong) {
    }

    /** Pass rates per exam (recorded attempts, self-tests left out) over the caller's scope. */
    @Transactional(readOnly = true)
    public List<ExamStats> passRates() {
        SqlFragment scope = scopes.current().sql("a");
        return jdbc.query("select e.id, e.title, count(*), sum(case when a.passed then 1 else 0 end) from"
                + " training_attempt a join training_exam e on e.id = a.exam_id where a.submitted_at is not null"
                + " and a.self_test = false and " + scope.sql() + " group by e.id, e.title order by e.title",
                (rs, i) -> new ExamStats(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                scope.argArray());
    }

    @Transactional(readOnly = true)
    public List<Failed> mostFailed(int limit) {
        SqlFragment scope = scopes.current().sql("q");
        return jdbc.query("select q.id, q.stem, count(*) c from training_attempt_wrong w join training_question q"
                + " on q.id = w.question_id where " + scope.sql() + " group by q.id, q.stem order by c desc, q.stem"
                + " fetch first " + Math.max(1, Math.min(limit, 100)) + " rows only",
                (rs, i) -> new Failed(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)), scope.argArray());
    }

    private static void requireManager(UUID enterpriseId) {
        if (!TrainingPeople.me().managerOf(enterpriseId)) {
            throw new AccessDeniedException("题库和考试由本企业主要负责人或安全管理人员维护");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    static Map<String, Object> noSnapshot() {
        return new LinkedHashMap<>();
    }
}
