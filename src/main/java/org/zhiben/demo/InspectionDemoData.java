package org.zhiben.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import org.zhiben.inspection.AnswerInput;
import org.zhiben.inspection.AnswerResult;
import org.zhiben.inspection.CheckData;
import org.zhiben.inspection.Checklists;
import org.zhiben.inspection.InspectionRecords;
import org.zhiben.inspection.InspectionSchedules;
import org.zhiben.inspection.InspectionTasks;
import org.zhiben.inspection.PlanData;
import org.zhiben.inspection.PlanKind;
import org.zhiben.inspection.ScheduleSettings;
import org.zhiben.inspection.ScheduleView;
import org.zhiben.inspection.TaskDetail;
import org.zhiben.inspection.TaskItem;
import org.zhiben.inspection.TaskStatus;
import org.zhiben.inspection.TaskType;
import org.zhiben.inspection.TaskView;
import org.zhiben.inspection.WorkdayType;

/**
 * Inspection plans for A and B (班组日, 部门周, 厂长月, the principal's major-hazard inspection; A's control measures set
 * to 包保 and work-day types), tasks of the last five days (the past daily ones missed, some done, today's open), a
 * record with a finding when the hazard module is present, and a supervision check of B. Runs after the hazard demo
 * (which skips once A has hazards). Skipped once A has plans.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class InspectionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InspectionDemoData.class);

    private final InspectionSchedules schedules;
    private final InspectionTasks tasks;
    private final InspectionRecords records;
    private final Checklists checklists;
    private final UserDetailsService userDetails;
    private final Clock clock;

    InspectionDemoData(InspectionSchedules schedules, InspectionTasks tasks, InspectionRecords records,
            Checklists checklists, UserDetailsService userDetails, Clock clock) {
        this.schedules = schedules;
        this.tasks = tasks;
        this.records = records;
        this.checklists = checklists;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            UUID a = runAs("ent.a.safety").enterpriseId();
            if (schedules.ofEnterprise(a).stream().anyMatch(s -> "PLAN".equals(s.kind()))) {
                return;
            }
            UUID general = checklists.byCode("SMALL-GENERAL").orElseThrow().id();
            UUID major = checklists.byCode("GM-MAJOR-GENERAL").orElseThrow().id();
            List<ScheduleView> measures = schedules.ofEnterprise(a).stream()
                    .filter(s -> "MEASURE".equals(s.kind())).toList();
            // the 包保 checks go to their holders: the press operator (a worker) and the safety manager
            UUID operator = userId("ent.a.worker");
            UUID technician = userId("ent.a.safety");
            for (int i = 0; i < measures.size(); i++) {
                ScheduleView s = measures.get(i);
                TaskType type = i == 0 ? TaskType.BAOBAO_OPERATION : i == 1 ? TaskType.BAOBAO_TECHNICAL : TaskType.DAILY;
                schedules.configure(s.id(), s.version(), new ScheduleSettings(type,
                        i % 3 == 2 ? WorkdayType.WORKDAY : WorkdayType.EVERY_DAY, i == 0 ? "冲压操作工" : null,
                        i == 0 ? operator : i == 1 ? technician : null));
            }
            schedules.addPlan(a, new PlanData(PlanKind.TEAM_DAILY, general, WorkdayType.WORKDAY, "冲压操作工", null), null);
            schedules.addPlan(a, new PlanData(PlanKind.DEPARTMENT_WEEKLY, general, WorkdayType.WORKDAY, null, null), null);
            schedules.addPlan(a, new PlanData(PlanKind.PLANT_MONTHLY, general, WorkdayType.EVERY_DAY, null, null), null);
            schedules.addPlan(a, new PlanData(PlanKind.MAJOR_HAZARD, major, WorkdayType.EVERY_DAY, null, null), null);
            UUID b = runAs("ent.b.boss").enterpriseId();
            schedules.addPlan(b, new PlanData(PlanKind.TEAM_DAILY, general, WorkdayType.EVERY_DAY, null, null), null);
            schedules.addPlan(b, new PlanData(PlanKind.MAJOR_HAZARD, general, WorkdayType.EVERY_DAY, null, null), null);

            LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
            for (LocalDate d = today.minusDays(4); !d.isAfter(today); d = d.plusDays(1)) {
                tasks.generate(d);
            }
            tasks.markMissed(clock.instant());

            runAs("ent.a.worker");
            List<TaskView> open = new ArrayList<>(tasks.today(today).stream()
                    .filter(t -> t.status() == TaskStatus.OPEN).toList());
            // about half of today's open tasks done; the first checklist task among them with a finding
            TaskView withFinding = open.stream().filter(t -> t.templateId() != null).findFirst().orElse(null);
            if (withFinding != null) {
                submit(withFinding.id(), true);
                open.remove(withFinding);
            }
            for (int i = 0; i < open.size() / 2; i++) {
                submit(open.get(i).id(), false);
            }
            runAs("county.yjj");
            schedules.addCheck(b, new CheckData(TaskType.SUPERVISION, general, "危化企业汛期前监管检查", today,
                    today.plusDays(7), null, null), null);
            // the county sends expert1 for a 体检式精查 of enterprise B: the expert's work on logging in
            schedules.addCheck(b, new CheckData(TaskType.EXPERT_REVIEW, major, "危化企业体检式精查(重大事故隐患判定)",
                    today, today.plusDays(14), null, userId("expert1")), null);
            log.info("Demo inspection plans, tasks and records seeded for enterprises A and B in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo inspections");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void submit(UUID taskId, boolean finding) {
        TaskDetail detail = tasks.detail(taskId);
        if (!detail.executable()) {
            return;
        }
        List<AnswerInput> answers = new ArrayList<>();
        boolean first = true;
        for (TaskItem item : detail.items()) {
            if (finding && first && !item.major()) {
                answers.add(new AnswerInput(item.id(), AnswerResult.HAZARD, "安全出口处堆放纸箱,疏散通道宽度不足", null));
                first = false;
            } else {
                answers.add(new AnswerInput(item.id(), AnswerResult.OK, null, null));
            }
        }
        records.submit(taskId, detail.task().version(), answers, null);
    }

    private UUID userId(String username) {
        return ((CurrentUser) userDetails.loadUserByUsername(username)).id();
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
