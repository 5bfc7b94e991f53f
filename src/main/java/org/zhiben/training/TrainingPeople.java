package org.zhiben.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
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
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardReporting;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.NewHazard;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.notify.Notice;
import org.zhiben.risk.RiskPositions;
import org.zhiben.training.internal.Attempt;
import org.zhiben.training.internal.AttemptRepository;
import org.zhiben.training.internal.Certificate;
import org.zhiben.training.internal.CertificateRepository;
import org.zhiben.training.internal.CertificateType;
import org.zhiben.training.internal.CertificateTypeRepository;
import org.zhiben.training.internal.Finding;
import org.zhiben.training.internal.FindingRepository;
import org.zhiben.training.internal.HoursEntry;
import org.zhiben.training.internal.HoursEntryRepository;
import org.zhiben.training.internal.Person;
import org.zhiben.training.internal.PositionRequirement;
import org.zhiben.training.internal.PositionRequirementRepository;
import org.zhiben.training.internal.PersonRepository;

/**
 * The people register (一人一档) and everything on a person's page: hours and the gap against the rules, certificates
 * with their dates, the 三违 flag and its exam gate, and the positions that require a certificate. A person lacking
 * a valid required certificate is proposed to the hazard module as a 工贸重大事故隐患 (第三条(二); 第三条(三) for
 * 金属冶炼 principals and safety managers) in state REPORTED, for the safety manager to confirm. Everything is loaded
 * in the caller's scope (outside: 404); a worker sees only their own record; managers of the enterprise change.
 */
@Service
public class TrainingPeople {

    static final VersionedChanges.Subject<Person> PERSON = new VersionedChanges.Subject<>("TrainingPerson",
            Person::getId, Person::getVersion, TrainingPeople::snapshot);
    static final VersionedChanges.Subject<Certificate> CERTIFICATE = new VersionedChanges.Subject<>(
            "TrainingCertificate", Certificate::getId, Certificate::getVersion, c -> Map.of("number", c.getNumber(),
                    "validUntil", String.valueOf(c.getValidUntil()), "reviewedOn", String.valueOf(c.getReviewedOn())));

    public static final String CRITERION_SPECIAL = "工贸第三条(二)";
    public static final String CRITERION_METAL = "工贸第三条(三)";

    private final PersonRepository people;
    private final HoursEntryRepository hours;
    private final CertificateRepository certificates;
    private final CertificateTypeRepository types;
    private final PositionRequirementRepository requirements;
    private final FindingRepository findings;
    private final AttemptRepository attempts;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final UserAccounts accounts;
    private final VersionedChanges changes;
    private final AuditTrail audit;
    private final IdempotentCreates creates;
    private final ApplicationEventPublisher events;
    private final HazardReporting hazards;
    private final RiskPositions positions;
    private final TrainingRules rules;
    private final Clock clock;

    TrainingPeople(PersonRepository people, HoursEntryRepository hours, CertificateRepository certificates,
            CertificateTypeRepository types, PositionRequirementRepository requirements, FindingRepository findings,
            AttemptRepository attempts, Enterprises enterprises, DataScopes scopes, UserAccounts accounts,
            VersionedChanges changes, AuditTrail audit, IdempotentCreates creates, ApplicationEventPublisher events,
            HazardReporting hazards, RiskPositions positions, TrainingRules rules, Clock clock) {
        this.people = people;
        this.hours = hours;
        this.certificates = certificates;
        this.types = types;
        this.requirements = requirements;
        this.findings = findings;
        this.attempts = attempts;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.accounts = accounts;
        this.changes = changes;
        this.audit = audit;
        this.creates = creates;
        this.events = events;
        this.hazards = hazards;
        this.positions = positions;
        this.rules = rules;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    public TrainingRules rules() {
        return rules;
    }

    // ---------------------------------------------------------------- reading

    /** The people the caller may see: a worker only their own record, others everyone in scope. */
    @Transactional(readOnly = true)
    public List<Person> list(UUID enterpriseId) {
        CurrentUser me = me();
        if (me.is(Role.ENTERPRISE_WORKER)) {
            return people.findFirstByUserId(me.id()).map(List::of).orElse(List.of());
        }
        EnterpriseSummary e = enterpriseInScope(enterpriseId);
        return people.findByEnterpriseIdOrderByName(e.id());
    }

    /** A person in scope (a worker: only their own), or 404. */
    @Transactional(readOnly = true)
    public Person get(UUID id) {
        CurrentUser me = me();
        DataScope scope = scopes.current();
        Person p = people.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("人员"));
        if (me.is(Role.ENTERPRISE_WORKER) && !me.id().equals(p.getUserId())) {
            throw new NotFoundException("人员");
        }
        return p;
    }

    /** The person record linked to the current user, if any. */
    @Transactional(readOnly = true)
    public Optional<Person> mine() {
        return people.findFirstByUserId(me().id()).filter(scopes.current()::permits);
    }

    /** A person's file: hours, the gaps, certificates with their dates, findings and exam attempts. */
    public record File(Person person, List<HoursEntry> hours, List<TrainingRequirements.Gap> gaps,
            List<CertificateView> certificates, List<String> requiredTypes, List<Finding> findings,
            List<Attempt> attempts, boolean canManage) {

        public boolean allMet() {
            return gaps.stream().allMatch(TrainingRequirements.Gap::met);
        }
    }

    public record CertificateView(Certificate certificate, CertificateType type, LocalDate nextReview, LocalDate due,
            boolean valid, long daysLeft) {
    }

    @Transactional(readOnly = true)
    public File file(UUID id) {
        Person p = get(id);
        LocalDate today = today();
        List<HoursEntry> h = hours.findByPersonIdOrderByTakenOnDesc(p.getId());
        List<TrainingRequirements.Gap> gaps = TrainingRequirements.of(p.facts(),
                h.stream().map(HoursEntry::toHours).toList(), today, rules);
        return new File(p, h, gaps, certificatesOf(p, today), requiredTypes(p), findings.findByPersonId(p.getId()),
                attempts.findByPersonIdOrderByStartedAtDesc(p.getId()).stream().filter(a -> !a.isSelfTest()).toList(),
                me().managerOf(p.getEnterpriseId()));
    }

    public List<CertificateView> certificatesOf(Person p, LocalDate today) {
        Map<String, CertificateType> byCode = typeMap();
        return certificates.findByPersonId(p.getId()).stream().map(c -> {
            CertificateType t = byCode.get(c.getTypeCode());
            CertificateTerms terms = c.terms(t);
            return new CertificateView(c, t, terms.nextReview(), terms.due(), terms.validOn(today),
                    terms.daysLeft(today));
        }).sorted(Comparator.comparing(CertificateView::due)).toList();
    }

    public List<CertificateType> types() {
        return types.findAll().stream().sorted(Comparator.comparingInt(CertificateType::getSortOrder)).toList();
    }

    private Map<String, CertificateType> typeMap() {
        Map<String, CertificateType> m = new LinkedHashMap<>();
        types().forEach(t -> m.put(t.getCode(), t));
        return m;
    }

    /** Certificate types the person must hold: their position's, and 合格证 for 金属冶炼 principals/safety managers. */
    public List<String> requiredTypes(Person p) {
        List<String> out = new ArrayList<>();
        if (p.getPosition() != null) {
            requirements.findByEnterpriseId(p.getEnterpriseId()).stream()
                    .filter(r -> r.getPosition().equals(p.getPosition())).map(PositionRequirement::getTypeCode)
                    .forEach(out::add);
        }
        if (p.isMetalSmelting() && p.isPrincipal()) {
            out.add("PRINCIPAL");
        }
        if (p.isMetalSmelting() && p.isSafetyManager()) {
            out.add("SAFETY_MANAGER");
        }
        return out;
    }

    /** The positions of the enterprise (risk module) and which certificate types each requires. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> positions(UUID enterpriseId) {
        EnterpriseSummary e = enterpriseInScope(enterpriseId);
        Map<String, List<String>> m = new LinkedHashMap<>();
        positions.names(e.id()).forEach(n -> m.put(n, new ArrayList<>()));
        requirements.findByEnterpriseId(e.id()).forEach(r -> m.computeIfAbsent(r.getPosition(),
                k -> new ArrayList<>()).add(r.getTypeCode()));
        return m;
    }

    // ---------------------------------------------------------------- changes

    @Transactional
    public UUID add(UUID enterpriseId, PersonData d, String idempotencyKey) {
        return creates.once("training.person", idempotencyKey, d, () -> add(enterpriseId, d));
    }

    private UUID add(UUID enterpriseId, PersonData d) {
        EnterpriseSummary e = managed(enterpriseId);
        checkPosition(e.id(), d.position());
        checkUser(e.id(), d.userId(), null);
        if (d.staffNo() != null && people.findByEnterpriseIdAndStaffNo(e.id(), d.staffNo().strip()).isPresent()) {
            throw new InvalidInputException("staffNo", "工号已存在");
        }
        Person p = new Person(e.id(), e.regionCode(), SectorSet.of(e.sectors()),
                rules.highRisk(e.sectors(), e.highRisk()), rules.metalSmelting(e.sectors(), e.highRisk()), d,
                clock.instant());
        people.saveAndFlush(p);
        audit.record(AuditRecord.created("TrainingPerson", p.getId(), "登记人员 " + p.getName(), snapshot(p)));
        return p.getId();
    }

    /** A row of a people sheet that failed, with the column's field and why. */
    public record RowProblem(int row, String field, String message) {
    }

    /**
     * Imports people (一人一档 sheet): every row is checked by the same rules as a single person (unknown position,
     * a staff number already registered or repeated in the sheet included); if any row fails nothing is saved and
     * every problem is answered, else all rows are saved and none answered.
     */
    @Transactional
    public List<RowProblem> importPeople(UUID enterpriseId, Map<Integer, PersonData> rows) {
        EnterpriseSummary e = managed(enterpriseId);
        List<RowProblem> problems = new ArrayList<>();
        List<String> known = positions.names(e.id());
        Map<String, Integer> seen = new LinkedHashMap<>();
        boolean highRisk = rules.highRisk(e.sectors(), e.highRisk());
        boolean metal = rules.metalSmelting(e.sectors(), e.highRisk());
        List<Person> valid = new ArrayList<>();
        rows.forEach((row, d) -> {
            try {
                valid.add(new Person(e.id(), e.regionCode(), SectorSet.of(e.sectors()), highRisk, metal, d,
                        clock.instant()));
            } catch (InvalidInputException x) {
                x.violations().forEach(v -> problems.add(new RowProblem(row, v.field(), v.message())));
                return;
            }
            if (d.position() != null && !d.position().isBlank() && !known.contains(d.position().strip())) {
                problems.add(new RowProblem(row, "position", "岗位不存在,请先在风险模块的两单两卡中建立该岗位"));
            }
            String no = d.staffNo().strip();
            if (seen.containsKey(no)) {
                problems.add(new RowProblem(row, "staffNo", "工号与第" + seen.get(no) + "行重复"));
            } else if (people.findByEnterpriseIdAndStaffNo(e.id(), no).isPresent()) {
                problems.add(new RowProblem(row, "staffNo", "工号已存在"));
            }
            seen.putIfAbsent(no, row);
        });
        if (!problems.isEmpty()) {
            return problems;
        }
        people.saveAllAndFlush(valid);
        audit.record(AuditRecord.created("TrainingPerson", e.id(), "导入人员 " + valid.size() + " 人",
                Map.of("rows", valid.size())));
        return List.of();
    }

    @Transactional
    public void update(UUID id, long version, PersonData d) {
        Person p = get(id);
        requireManager(p.getEnterpriseId());
        checkPosition(p.getEnterpriseId(), d.position());
        checkUser(p.getEnterpriseId(), d.userId(), id);
        if (d.staffNo() != null) {
            people.findByEnterpriseIdAndStaffNo(p.getEnterpriseId(), d.staffNo().strip())
                    .filter(o -> !o.getId().equals(id)).ifPresent(o -> {
                        throw new InvalidInputException("staffNo", "工号已存在");
                    });
        }
        changes.apply(PERSON, p, version, "UPDATE", "修改人员 " + p.getName(), x -> x.update(d));
        proposeFindings(p);
    }

    @Transactional
    public void addHours(UUID personId, HoursKind kind, BigDecimal h, LocalDate takenOn, String topic) {
        Person p = get(personId);
        requireManager(p.getEnterpriseId());
        HoursEntry e = new HoursEntry(p, kind, h, takenOn, topic, today(), clock.instant());
        hours.saveAndFlush(e);
        audit.record(AuditRecord.created("TrainingHours", e.getId(), "登记学时 " + p.getName() + " " + kind.label()
                + " " + h.toPlainString(), Map.of("hours", h.toPlainString(), "kind", kind.name())));
    }

    @Transactional
    public void flagViolation(UUID personId, long version, LocalDate on, String note) {
        Person p = get(personId);
        requireManager(p.getEnterpriseId());
        if (on != null && on.isAfter(today())) {
            throw new InvalidInputException("violationOn", "违章日期不能晚于今天");
        }
        changes.apply(PERSON, p, version, "VIOLATION", "记录三违 " + p.getName(), x -> x.flagViolation(on, note));
    }

    /** The 三违 gate: back on duty only after an exam (not a self-test) passed on or after the violation day. */
    @Transactional
    public void returnToDuty(UUID personId, long version) {
        Person p = get(personId);
        requireManager(p.getEnterpriseId());
        LocalDate lastPassed = attempts.findByPersonIdOrderByStartedAtDesc(p.getId()).stream()
                .filter(a -> !a.isSelfTest() && Boolean.TRUE.equals(a.getPassed()))
                .map(a -> a.getSubmittedAt().atZone(Zones.CHINA).toLocalDate()).max(Comparator.naturalOrder())
                .orElse(null);
        changes.apply(PERSON, p, version, "RETURN_TO_DUTY", "恢复上岗 " + p.getName(), x -> x.returnToDuty(lastPassed));
    }

    @Transactional
    public UUID addCertificate(UUID personId, String typeCode, String number, String issuer, LocalDate issuedOn,
            LocalDate validUntil, LocalDate reviewedOn) {
        Person p = get(personId);
        requireManager(p.getEnterpriseId());
        CertificateType t = typeCode == null ? null : types.findById(typeCode).orElse(null);
        if (t == null) {
            throw new InvalidInputException("typeCode", "请选择证书类型");
        }
        Certificate c = new Certificate(p, t, number, issuer, issuedOn, validUntil, reviewedOn, today(),
                clock.instant());
        certificates.saveAndFlush(c);
        audit.record(AuditRecord.created("TrainingCertificate", c.getId(), "登记证书 " + p.getName() + " "
                + t.getName() + " " + c.getNumber(), Map.of("number", c.getNumber())));
        proposeFindings(p);
        return c.getId();
    }

    /** Records a review (复审) or renewal of a certificate. */
    @Transactional
    public void reviewCertificate(UUID certificateId, long version, LocalDate reviewedOn, LocalDate validUntil) {
        Certificate c = certificates.findById(certificateId).filter(scopes.current()::permits)
                .orElseThrow(() -> new NotFoundException("证书"));
        Person p = get(c.getPersonId());
        requireManager(p.getEnterpriseId());
        CertificateType t = types.findById(c.getTypeCode()).orElseThrow();
        changes.apply(CERTIFICATE, c, version, "REVIEW", "证书复审/换证 " + c.getNumber(), x -> x.set(t,
                x.getNumber(), x.getIssuer(), x.getIssuedOn(), validUntil == null ? x.getValidUntil() : validUntil,
                reviewedOn, today()));
    }

    @Transactional
    public void requireCertificate(UUID enterpriseId, String position, String typeCode) {
        EnterpriseSummary e = managed(enterpriseId);
        checkPosition(e.id(), position);
        if (position == null || position.isBlank()) {
            throw new InvalidInputException("position", "请选择岗位");
        }
        if (typeCode == null || types.findById(typeCode).isEmpty()) {
            throw new InvalidInputException("typeCode", "请选择证书类型");
        }
        if (requirements.findByEnterpriseId(e.id()).stream().anyMatch(r -> r.getPosition().equals(position.strip())
                && r.getTypeCode().equals(typeCode))) {
            return;
        }
        PositionRequirement r = new PositionRequirement(e.id(), e.regionCode(), SectorSet.of(e.sectors()),
                position.strip(), typeCode, clock.instant());
        requirements.saveAndFlush(r);
        audit.record(AuditRecord.created("TrainingPositionRequirement", r.getId(), "岗位持证要求 " + position + " "
                + typeCode, Map.of("position", position, "type", typeCode)));
        people.findByEnterpriseIdOrderByName(e.id()).stream().filter(p -> position.strip().equals(p.getPosition()))
                .forEach(this::proposeFindings);
    }

    // ---------------------------------------------------------------- major-hazard proposals

    /** A person lacking a valid required certificate today, by criterion. */
    public record Gap(String criterion, String typeCode, String typeName) {
    }

    public List<Gap> certificateGaps(Person p, LocalDate today) {
        Map<String, CertificateType> byCode = typeMap();
        Set<String> valid = new HashSet<>();
        for (Certificate c : certificates.findByPersonId(p.getId())) {
            if (c.terms(byCode.get(c.getTypeCode())).validOn(today)) {
                valid.add(c.getTypeCode());
            }
        }
        List<Gap> out = new ArrayList<>();
        for (String code : requiredTypes(p)) {
            if (!valid.contains(code)) {
                CertificateType t = byCode.get(code);
                String criterion = t.getCategory() == CertificateCategory.SPECIAL ? CRITERION_SPECIAL : CRITERION_METAL;
                out.add(new Gap(criterion, code, t.getName()));
            }
        }
        return out;
    }

    /**
     * Proposes each certificate gap of {@code p} (once per person, criterion and type) as a major hazard through the
     * hazard module, reported by the current user, in this transaction. Answers the new hazard ids.
     */
    @Transactional
    public List<UUID> proposeFindings(Person p) {
        List<UUID> out = new ArrayList<>();
        if (!p.isOnDuty()) {
            return out;
        }
        for (Gap g : certificateGaps(p, today())) {
            if (findings.findByPersonIdAndCriterionAndTypeCode(p.getId(), g.criterion(), g.typeCode()).isPresent()) {
                continue;
            }
            String text = CRITERION_SPECIAL.equals(g.criterion())
                    ? "工贸企业重大事故隐患判定标准第三条(二):特种作业人员未按照规定经专门的安全作业培训并取得相应资格,上岗作业。"
                    : "工贸企业重大事故隐患判定标准第三条(三):金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格。";
            UUID hazardId = hazards.report(new NewHazard(p.getEnterpriseId(), HazardSource.DAILY, HazardLevel.MAJOR,
                    HazardType.SAFETY, "4", null, text + "人员:" + p.getName() + "(工号 " + p.getStaffNo() + ","
                    + (p.getPosition() == null ? "" : "岗位 " + p.getPosition() + ",") + "缺少有效的" + g.typeName()
                    + ")。由培训模块持证核查提出,请安全管理人员确认。", p.getPosition(), null, null, null, List.of()));
            findings.saveAndFlush(new Finding(p, g.criterion(), g.typeCode(), hazardId, clock.instant()));
            out.add(hazardId);
        }
        return out;
    }

    /** The explicit check a manager runs (button on the person's page): proposes what the daily job found. */
    @Transactional
    public List<UUID> checkCertificates(UUID personId) {
        Person p = get(personId);
        requireManager(p.getEnterpriseId());
        return proposeFindings(p);
    }

    // ---------------------------------------------------------------- reminders

    public record Reminder(UUID certificateId, UUID personId, LocalDate due, int step) {
    }

    /**
     * The daily run (system, all enterprises): reminds the holder, the enterprise's safety managers and principal
     * at 90/60/30/7 days before a certificate's due date and on it (once per step, a missed day caught up). The
     * hazard module records a reporter, so a lapse found by this system run is not proposed here: the proposal is
     * made in a manager's transaction (a certificate or person saved, a position's requirement set, or 持证核查 on
     * the person's page, which the notice links to).
     */
    @Transactional
    public List<Reminder> remind(LocalDate today) {
        Map<String, CertificateType> byCode = typeMap();
        List<Reminder> sent = new ArrayList<>();
        for (Certificate c : certificates.findAll()) {
            CertificateTerms terms = c.terms(byCode.get(c.getTypeCode()));
            Integer step = terms.reminderStep(today, rules.reminderDays(), c.getRemindedDue(), c.getRemindedStep());
            if (step == null) {
                continue;
            }
            Person p = people.findById(c.getPersonId()).orElseThrow();
            c.reminded(terms.due(), step);
            String what = byCode.get(c.getTypeCode()).getName() + "(" + c.getNumber() + ")";
            String when = terms.nextReview() != null && terms.due().equals(terms.nextReview()) ? "复审" : "有效期届满";
            notice(p, "training.certificate.due", "证书" + when + "提醒:" + p.getName(), p.getName() + " 的" + what
                    + (step == 0 ? "今日" + when : "将于 " + terms.due() + " " + when + "(还有 " + step + " 天内)")
                    + ",请及时办理。" + (requiredTypes(p).contains(c.getTypeCode())
                            ? "岗位要求持此证,失效后请在人员档案页进行持证核查。" : ""));
            sent.add(new Reminder(c.getId(), p.getId(), terms.due(), step));
        }
        return sent;
    }

    private void notice(Person p, String topic, String title, String body) {
        Set<UUID> users = new HashSet<>();
        accounts.usersOfEnterprise(p.getEnterpriseId(), Set.of(Role.ENTERPRISE_PRINCIPAL,
                Role.ENTERPRISE_SAFETY_MANAGER)).stream().map(UserRef::id).forEach(users::add);
        if (p.getUserId() != null) {
            users.add(p.getUserId());
        }
        events.publishEvent(new Notice(topic, title, body, "/training/people/" + p.getId(), users, Set.of(),
                p.getEnterpriseId(), p.getRegionCode()));
    }

    // ---------------------------------------------------------------- helpers

    private void checkPosition(UUID enterpriseId, String position) {
        if (position != null && !position.isBlank() && !positions.names(enterpriseId).contains(position.strip())) {
            throw new InvalidInputException("position", "岗位不存在,请先在风险模块的两单两卡中建立该岗位");
        }
    }

    /** The account linked to a person: of the enterprise, and linked to no other person (exams find "mine" by it). */
    private void checkUser(UUID enterpriseId, UUID userId, UUID self) {
        if (userId != null && accounts.usersOfEnterprise(enterpriseId, Set.of(Role.ENTERPRISE_PRINCIPAL,
                Role.ENTERPRISE_SAFETY_MANAGER, Role.ENTERPRISE_WORKER)).stream()
                .noneMatch(u -> u.id().equals(userId))) {
            throw new InvalidInputException("userId", "关联的账号不存在或不属于本企业");
        }
        if (userId != null && people.findFirstByUserId(userId).filter(o -> !o.getId().equals(self)).isPresent()) {
            throw new InvalidInputException("userId", "该账号已关联另一人的一人一档");
        }
    }

    public EnterpriseSummary enterpriseInScope(UUID enterpriseId) {
        CurrentUser me = me();
        UUID id = enterpriseId != null ? enterpriseId : me.enterpriseId();
        if (id == null) {
            throw new NotFoundException("企业");
        }
        EnterpriseSummary e = enterprises.find(id).orElseThrow(() -> new NotFoundException("企业"));
        if (!scopes.current().permits(e.id(), e.regionCode(), e.sectors())) {
            throw new NotFoundException("企业");
        }
        return e;
    }

    private EnterpriseSummary managed(UUID enterpriseId) {
        EnterpriseSummary e = enterpriseInScope(enterpriseId);
        requireManager(e.id());
        return e;
    }

    private static void requireManager(UUID enterpriseId) {
        if (!me().managerOf(enterpriseId)) {
            throw new AccessDeniedException("人员档案由本企业主要负责人或安全管理人员维护");
        }
    }

    static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }

    static Map<String, Object> snapshot(Person p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", p.getName());
        s.put("staffNo", p.getStaffNo());
        s.put("kind", p.getKind().name());
        s.put("position", p.getPosition());
        s.put("flags", (p.isPrincipal() ? "P" : "") + (p.isSafetyManager() ? "S" : "") + (p.isSpecialOperator() ? "O" : ""));
        s.put("violator", p.isViolator());
        s.put("onDuty", p.isOnDuty());
        return s;
    }
}
