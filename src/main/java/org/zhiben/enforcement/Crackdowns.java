package org.zhiben.enforcement;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.SectorSet;
import org.zhiben.enforcement.internal.CrackdownItem;
import org.zhiben.enforcement.internal.CrackdownItemRepository;
import org.zhiben.enforcement.internal.OfficerRepository;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.notify.Notice;

/**
 * 打非治违 as tracked filings (seed 003 item 20: 每年1月底前制定本年度打击治理重点及措施, 一月一调度, 半年一小结): an
 * enforcement office opens its year, which lays out its 14 filings with their due days; each is filed once with the
 * SHA-256 of its content (versioned, audited) and marked late when filed after its due day. A daily job (ShedLock)
 * reminds the office's officers when a filing is due within {@code zhiben.enforcement.crackdown.remind-days} (default
 * 3) days, and the office and the levels above once it is overdue; each reminder is sent once.
 */
@Service
public class Crackdowns {

    static final VersionedChanges.Subject<CrackdownItem> ITEM = new VersionedChanges.Subject<>(
            "EnforcementCrackdownItem", CrackdownItem::getId, CrackdownItem::getVersion, CrackdownItem::snapshot);

    private final CrackdownItemRepository items;
    private final OfficerRepository officers;
    private final Inspections inspections;
    private final EnforcementDirectory directory;
    private final UserAccounts accounts;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final MonthDay halfYearDue;
    private final int remindDays;

    Crackdowns(CrackdownItemRepository items, OfficerRepository officers, Inspections inspections,
            EnforcementDirectory directory, UserAccounts accounts, DataScopes scopes, AuditTrail audit,
            VersionedChanges changes, ApplicationEventPublisher events, java.time.Clock clock,
            @Value("${zhiben.enforcement.crackdown.half-year-due:07-15}") String halfYearDue,
            @Value("${zhiben.enforcement.crackdown.remind-days:3}") int remindDays) {
        this.items = items;
        this.officers = officers;
        this.inspections = inspections;
        this.directory = directory;
        this.accounts = accounts;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
        this.halfYearDue = MonthDay.parse("--" + halfYearDue);
        if (remindDays < 0 || remindDays > 31) {
            throw new IllegalStateException("zhiben.enforcement.crackdown.remind-days 应为0至31");
        }
        this.remindDays = remindDays;
    }

    /** A filing as read. */
    public record ItemView(UUID id, long version, String officeCode, String officeName, int year, CrackdownKind kind,
            int period, LocalDate dueDate, boolean filed, LocalDate filedOn, String filedByName, String contentHash,
            String content, boolean late, boolean overdue) {
    }

    /** Opens the year of the current official's office: lays out its filings (once; again answers them). */
    @Transactional
    public List<ItemView> open(int year) {
        CurrentUser me = Inspections.requireOfficer();
        LocalDate today = directory.today();
        if (year < today.getYear() - 1 || year > today.getYear() + 1) {
            throw new InvalidInputException("year", "年度应为" + (today.getYear() - 1) + "至" + (today.getYear() + 1) + "年");
        }
        if (!items.existsByRegionCodeAndYear(me.regionCode(), year)) {
            Office office = inspections.office(me);
            DataScope scope = scopes.current();
            List<CrackdownItem> laid = CrackdownItem.year(office.code(), scope.sectorLimited()
                    ? SectorSet.of(scope.sectors()) : SectorSet.EMPTY, office.name(), year, halfYearDue,
                    clock.instant());
            try {
                items.saveAllAndFlush(laid);
            } catch (org.springframework.dao.DataIntegrityViolationException twin) {
                throw new org.zhiben.common.StaleVersionException();
            }
            audit.record(AuditRecord.created("EnforcementCrackdownYear", laid.get(0).getId(), "打非治违 " + year
                    + "年度报送事项 " + office.name(), java.util.Map.of("regionCode", office.code(), "year", year,
                            "items", laid.size())));
        }
        return list(me.regionCode(), year);
    }

    /** The filings of an office (default: the caller's) and year, in due order; an office outside the scope: 404. */
    @Transactional(readOnly = true)
    public List<ItemView> list(String officeCode, int year) {
        CurrentUser me = EnforcementDirectory.requireOfficial();
        String office = officeCode == null || officeCode.isBlank() ? me.regionCode() : officeCode;
        DataScope scope = scopes.current();
        LocalDate today = directory.today();
        return items.findAll((r, q, cb) -> cb.and(cb.equal(r.get("regionCode"), office), cb.equal(r.get("year"), year)))
                .stream().filter(i -> scope.permitsRegionRecord(i.getRegionCode(), i.getSectors().codes()))
                .sorted(Comparator.comparing(CrackdownItem::getDueDate).thenComparing(CrackdownItem::getKind))
                .map(i -> view(i, today)).toList();
    }

    @Transactional(readOnly = true)
    public ItemView get(UUID id) {
        return view(load(id), directory.today());
    }

    /** Files an item of the caller's own office (stale version: 409). */
    @Transactional
    public ItemView file(UUID id, long version, String content) {
        CurrentUser me = Inspections.requireOfficer();
        CrackdownItem i = load(id);
        if (!i.getRegionCode().equals(me.regionCode())) {
            throw new AccessDeniedException("只有本执法机构可以报送本机构的打非治违事项");
        }
        LocalDate today = directory.today();
        changes.apply(ITEM, i, version, "FILE", "报送打非治违" + i.getKind().label() + " " + i.getYear() + "年"
                + (i.getKind() == CrackdownKind.DISPATCH ? i.getPeriod() + "月" : ""),
                x -> x.file(content, me.displayName(), today, clock.instant()));
        return view(i, today);
    }

    private CrackdownItem load(UUID id) {
        EnforcementDirectory.requireOfficial();
        DataScope scope = scopes.current();
        return items.findById(id).filter(i -> scope.permitsRegionRecord(i.getRegionCode(), i.getSectors().codes()))
                .orElseThrow(() -> new NotFoundException("打非治违报送事项"));
    }

    /** A reminder sent. */
    public record Reminded(UUID itemId, CrackdownItem.Reminder stage) {
    }

    /**
     * Sends the reminders due on {@code today} (the job passes the clock's day): DUE_SOON to the office's officers,
     * OVERDUE to the officials of the office and the levels above; once each. A system change: not audited, only the
     * reminder marker changes.
     */
    @Transactional
    public List<Reminded> remind(LocalDate today) {
        List<Reminded> sent = new ArrayList<>();
        for (CrackdownItem i : items.findByFiledOnIsNullAndDueDateLessThanEqual(today.plusDays(remindDays))) {
            CrackdownItem.Reminder r = i.reminderDue(today, remindDays);
            if (r == null) {
                continue;
            }
            Set<UUID> users = new HashSet<>();
            officers.findAll((x, q, cb) -> cb.equal(x.get("regionCode"), i.getRegionCode()))
                    .forEach(o -> users.add(o.getUserId()));
            if (r == CrackdownItem.Reminder.OVERDUE) {
                accounts.officialsCovering(i.getRegionCode(), i.getSectors().codes()).stream().map(UserRef::id)
                        .forEach(users::add);
            }
            String what = i.getYear() + "年" + (i.getKind() == CrackdownKind.DISPATCH ? i.getPeriod() + "月" : "")
                    + "打非治违" + i.getKind().label();
            String title = (r == CrackdownItem.Reminder.OVERDUE ? "逾期未报送:" : "即将到期:") + what;
            String body = i.getOfficeName() + "的" + what + "应于" + i.getDueDate() + "前报送"
                    + (r == CrackdownItem.Reminder.OVERDUE ? ",已逾期。" : "。");
            events.publishEvent(new Notice("enforcement.crackdown." + r.name().toLowerCase(), title, body,
                    "/enforcement/crackdown?year=" + i.getYear(), users, Set.of(), null, i.getRegionCode()));
            i.reminded(r);
            sent.add(new Reminded(i.getId(), r));
        }
        return sent;
    }

    private static ItemView view(CrackdownItem i, LocalDate today) {
        return new ItemView(i.getId(), i.getVersion(), i.getRegionCode(), i.getOfficeName(), i.getYear(), i.getKind(),
                i.getPeriod(), i.getDueDate(), i.getFiledOn() != null, i.getFiledOn(), i.getFiledByName(),
                i.getContentHash(), i.getContent(), i.isLate(), i.overdueOn(today));
    }
}
