package org.zhiben.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.identity.CurrentUser;
import org.zhiben.training.AreaType;
import org.zhiben.training.DrawRule;
import org.zhiben.training.DrillData;
import org.zhiben.training.DrillKind;
import org.zhiben.training.Drills;
import org.zhiben.training.ExamData;
import org.zhiben.training.Exams;
import org.zhiben.training.HoursKind;
import org.zhiben.training.PersonData;
import org.zhiben.training.PersonKind;
import org.zhiben.training.QuestionData;
import org.zhiben.training.QuestionType;
import org.zhiben.training.TrainingPeople;
import org.zhiben.training.CourseData;
import org.zhiben.training.SessionData;
import org.zhiben.training.TrainingCourses;

/**
 * Fictional training records for enterprises A and B, through the training services as the demo users: people of
 * every kind with hours (one safety manager short of the yearly hours), a special operator whose certificate is due
 * for review within the quarter and a contractor whose certificate has expired (in a position that requires none,
 * so no hazard is proposed at start: the browser test shows a proposal), a question bank of 61 questions written for
 * the demo positions (A) and its chemical and general part (B), exams passed and failed, a self-test, and drills in
 * every area type with one window missed at B, and a course with a session today and its attendance at A. Skipped once A has any person.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class TrainingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

    private final TrainingPeople people;
    private final Exams exams;
    private final Drills drills;
    private final TrainingCourses courses;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;
    private final SeedingContext persistence;

    TrainingDemoData(TrainingPeople people, Exams exams, Drills drills, TrainingCourses courses,
            UserDetailsService userDetails, TransactionTemplate tx, SeedingContext session) {
        this.persistence = session;
        this.courses = courses;
        this.people = people;
        this.exams = exams;
        this.drills = drills;
        this.userDetails = userDetails;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            runAs("ent.a.safety");
            if (!people.list(null).isEmpty()) {
                return;
            }
            List<QuestionData> bank = bank();
            tx.executeWithoutResult(status -> seed(bank));
            log.info("Demo training records seeded for enterprises A and B in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo training records");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(List<QuestionData> bank) {
        LocalDate today = people.today();
        int year = today.getYear();
        CurrentUser aBoss = runAs("ent.a.boss");
        CurrentUser aWorker = runAs("ent.a.worker");
        CurrentUser aSafety = runAs("ent.a.safety");

        // A: 示范精密机械制造 (not high-risk: 32/12, 24)
        people.requireCertificate(null, "配电值班电工", "SP_ELEC");
        UUID zhang = people.add(null, person("张示范", "A001", PersonKind.EMPLOYEE, null, LocalDate.of(2019, 3, 1),
                true, false, false, aBoss.id()), null);
        hours(zhang, HoursKind.INITIAL, 32, LocalDate.of(2019, 4, 10), "主要负责人初次安全培训");
        hours(zhang, HoursKind.YEARLY, 12, today.minusDays(60), "主要负责人年度再培训");
        people.addCertificate(zhang, "PRINCIPAL", "AQ-ZS-2025-0101", "示范市应急管理局", today.minusYears(1), null, null);
        UUID wang = people.add(null, person("王安全", "A002", PersonKind.EMPLOYEE, null, LocalDate.of(2020, 6, 1),
                false, true, false, aSafety.id()), null);
        hours(wang, HoursKind.INITIAL, 32, LocalDate.of(2020, 7, 5), "安全生产管理人员初次培训");
        hours(wang, HoursKind.YEARLY, 8, today.minusDays(30), "安全生产管理人员年度再培训(未完成)");
        UUID zheng = people.add(null, person("郑操作", "A003", PersonKind.EMPLOYEE, "冲压操作工",
                LocalDate.of(2025, 3, 1), false, false, false, aWorker.id()), null);
        hours(zheng, HoursKind.FACTORY, 8, LocalDate.of(2025, 3, 1), "厂级安全教育:安全生产法律法规与厂规厂纪");
        hours(zheng, HoursKind.WORKSHOP, 8, LocalDate.of(2025, 3, 2), "车间级安全教育:冲压车间危险因素");
        hours(zheng, HoursKind.TEAM, 8, LocalDate.of(2025, 3, 3), "班组级安全教育:冲床操作规程与应急处置卡");
        UUID zhou = people.add(null, person("周电工", "A004", PersonKind.EMPLOYEE, "配电值班电工",
                LocalDate.of(2021, 5, 1), false, false, true, null), null);
        hours(zhou, HoursKind.FACTORY, 8, LocalDate.of(2021, 5, 1), "厂级安全教育");
        hours(zhou, HoursKind.WORKSHOP, 8, LocalDate.of(2021, 5, 2), "车间级安全教育");
        hours(zhou, HoursKind.TEAM, 8, LocalDate.of(2021, 5, 3), "班组级安全教育");
        // review due within the quarter: issued three years ago, 40 days from now
        people.addCertificate(zhou, "SP_ELEC", "T" + (year - 3) + "0001", "示范市应急管理局",
                today.minusYears(3).plusDays(40), null, null);
        UUID wu = people.add(null, person("吴焊工", "A005", PersonKind.CONTRACTOR, "喷漆工", LocalDate.of(2023, 8, 1),
                false, false, true, null), null);
        hours(wu, HoursKind.FACTORY, 8, LocalDate.of(2023, 8, 1), "承包商入厂安全教育");
        people.addCertificate(wu, "SP_WELD", "T20180002", "示范市应急管理局", LocalDate.of(2018, 4, 2), null, null);
        UUID chen = people.add(null, person("陈派遣", "A006", PersonKind.DISPATCHED, "冲压操作工",
                LocalDate.of(2026, 1, 5).isAfter(today) ? today : LocalDate.of(year, 1, 5), false, false, false, null),
                null);
        hours(chen, HoursKind.FACTORY, 8, LocalDate.of(year, 1, 5).isAfter(today) ? today : LocalDate.of(year, 1, 5),
                "劳务派遣人员厂级安全教育");
        people.flagViolation(chen, 0, today.minusDays(3), "冲床作业时将手伸入模具区取件(违章作业)");
        people.add(null, person("刘临时", "A007", PersonKind.FLEXIBLE, null, today.minusDays(10), false, false, false,
                null), null);

        // A's question bank, exam and self-test
        List<UUID> ids = new ArrayList<>();
        for (QuestionData q : bank) {
            ids.add(exams.addQuestion(null, q, null));
            persistence.settle();
        }
        UUID examA = exams.createExam(null, new ExamData("新员工岗前安全知识考试", null, List.of(
                new DrawRule(QuestionType.SINGLE, 4, null), new DrawRule(QuestionType.MULTIPLE, 2, null),
                new DrawRule(QuestionType.JUDGE, 4, null)), 10, 60, 30, false, false), null);
        exams.createExam(null, new ExamData("冲压岗位自测练习", null, List.of(
                new DrawRule(QuestionType.SINGLE, 3, "冲压"), new DrawRule(QuestionType.JUDGE, 1, "冲压")),
                10, 30, 15, false, true), null);
        sit(examA, true);
        runAs("ent.a.boss");
        sit(examA, false);

        // A's drills: every area type this year, 现场处置方案 each half, one 专项
        runAs("ent.a.safety");
        drill(DrillKind.EVACUATION, AreaType.OFFICE, date(year, 4, 10, today), "办公楼火灾疏散", 46);
        drill(DrillKind.EVACUATION, AreaType.PRODUCTION, date(year, 5, 20, today), "冲压车间火灾疏散", 82);
        drill(DrillKind.EVACUATION, AreaType.LIVING, date(year, 9, 15, today), "职工宿舍夜间火灾疏散", 60);
        drill(DrillKind.ONSITE, AreaType.PRODUCTION, date(year, 3, 12, today), "冲床压手现场处置", 12);
        drill(DrillKind.ONSITE, AreaType.PRODUCTION, date(year, 8, 20, today), "配电室触电现场处置", 9);
        drill(DrillKind.SPECIAL, AreaType.PRODUCTION, date(year, 6, 18, today), "喷漆房火灾专项预案演练", 35);

        // A's course with a session today: 郑操作 and 陈派遣 enrolled, 陈派遣 marked present by the safety manager;
        // the session stays open, so 郑操作 can sign in with its QR code (completing it credits the hours)
        UUID course = courses.createCourse(null, new CourseData("冲压岗位班组级安全教育", HoursKind.TEAM,
                BigDecimal.valueOf(4), "冲床安全操作规程、光电保护装置点检、机械伤害应急处置卡"), null);
        UUID session = courses.createSession(course, new SessionData(today.atTime(14, 0), "冲压车间班组活动室",
                "刘班长", List.of(zheng, chen)), null);
        courses.mark(session, chen, true);

        // B: 示范化工 (high-risk: 48/16, 72/20, drills every half year)
        CurrentUser bBoss = runAs("ent.b.boss");
        UUID li = people.add(null, person("李化工", "B001", PersonKind.EMPLOYEE, null, LocalDate.of(2018, 2, 1), true,
                false, false, bBoss.id()), null);
        hours(li, HoursKind.INITIAL, 48, LocalDate.of(2018, 3, 1), "危险化学品企业主要负责人初次培训");
        hours(li, HoursKind.YEARLY, 16, today.minusDays(90), "主要负责人年度再培训");
        people.addCertificate(li, "PRINCIPAL", "AQ-LH-2024-0031", "示范市应急管理局", today.minusYears(2), null, null);
        UUID zhao = people.add(null, person("赵安全", "B002", PersonKind.EMPLOYEE, null, LocalDate.of(2022, 2, 1),
                false, true, false, null), null);
        hours(zhao, HoursKind.INITIAL, 40, LocalDate.of(2022, 3, 1), "安全生产管理人员初次培训(未满48学时)");
        UUID sun = people.add(null, person("孙操作", "B003", PersonKind.EMPLOYEE, "液氨罐区操作工",
                LocalDate.of(2024, 4, 1), false, false, true, null), null);
        hours(sun, HoursKind.FACTORY, 24, LocalDate.of(2024, 4, 1), "厂级安全教育");
        hours(sun, HoursKind.WORKSHOP, 24, LocalDate.of(2024, 4, 3), "车间级安全教育:罐区危险特性");
        hours(sun, HoursKind.TEAM, 24, LocalDate.of(2024, 4, 6), "班组级安全教育:液氨装卸操作卡");
        people.addCertificate(sun, "SP_CHEM", "T20240107", "示范市应急管理局", LocalDate.of(2024, 5, 10), null, null);
        for (QuestionData q : bank) {
            if (Set.of("危险化学品", "通用").contains(q.tagSector()) && !"冲压".equals(q.tagTopic())) {
                exams.addQuestion(null, q, null);
                persistence.settle();
            }
        }
        UUID examB = exams.createExam(null, new ExamData("危险化学品从业人员安全考试", null, List.of(
                new DrawRule(QuestionType.SINGLE, 4, null), new DrawRule(QuestionType.MULTIPLE, 2, null),
                new DrawRule(QuestionType.JUDGE, 4, null)), 10, 80, 30, false, false), null);
        sit(examB, true);
        // B's drills: evacuation each half in each area, except the 生活区 in the first half (missed)
        for (AreaType area : AreaType.values()) {
            for (int month : new int[] {5, 11}) {
                if (area == AreaType.LIVING && month == 5) {
                    continue;
                }
                drill(DrillKind.EVACUATION, area, date(year, month, 8, today), area.label() + "液氨泄漏疏散", 30);
            }
        }
        drill(DrillKind.ONSITE, AreaType.PRODUCTION, date(year, 4, 22, today), "液氨储罐法兰泄漏现场处置", 14);
        drill(DrillKind.ONSITE, AreaType.PRODUCTION, date(year, 10, 22, today), "装卸臂泄漏现场处置", 14);
        drill(DrillKind.COMPREHENSIVE, AreaType.PRODUCTION, date(year, 6, 26, today), "液氨泄漏综合应急预案演练", 96);
    }

    /** A day of this year, or today when that day is still to come (demo started early in the year). */
    private static LocalDate date(int year, int month, int day, LocalDate today) {
        LocalDate d = LocalDate.of(year, month, day);
        return d.isAfter(today) ? today : d;
    }

    private void sit(UUID exam, boolean pass) {
        UUID attempt = exams.start(exam);
        for (Exams.KeyEntry k : exams.answerKey(attempt)) {
            String right = k.right();
            String given;
            if (pass) {
                given = right;
            } else if (k.type() == QuestionType.JUDGE) {
                given = right.equals("T") ? "F" : "T";
            } else if (k.type() == QuestionType.MULTIPLE) {
                given = right.substring(0, 1);
            } else {
                given = right.contains("A") ? "B" : "A";
            }
            exams.answer(attempt, k.questionId(), given);
        }
        exams.submit(attempt);
    }

    private void hours(UUID person, HoursKind kind, int h, LocalDate on, String topic) {
        people.addHours(person, kind, BigDecimal.valueOf(h), on, topic);
    }

    private void drill(DrillKind kind, AreaType area, LocalDate on, String scenario, int count) {
        drills.record(null, new DrillData(kind, area, on, scenario, "全体相关岗位人员", count, List.of(),
                count > 50 ? "部分人员未按指定路线撤离" : "", count > 50 ? "重新标识疏散路线并加强宣贯" : ""), null);
    }

    private static PersonData person(String name, String no, PersonKind kind, String position, LocalDate hired,
            boolean principal, boolean safetyManager, boolean special, UUID user) {
        return new PersonData(name, no, kind, position, hired, null, null, null, principal, safetyManager, special,
                user);
    }

    /** The demo bank: training-questions.tsv (type, stem, options separated by ;, answer, explanation, source, tags). */
    static List<QuestionData> bank() throws IOException {
        List<QuestionData> out = new ArrayList<>();
        try (InputStream in = TrainingDemoData.class.getResourceAsStream("/demo/training-questions.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                out.add(new QuestionData(QuestionType.parse(c[0]), c[1],
                        c[2].isEmpty() ? List.of() : Arrays.asList(c[2].split(";")), c[3], c[4], c[5], c[6], c[7],
                        c[8]));
            }
        }
        return out;
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
