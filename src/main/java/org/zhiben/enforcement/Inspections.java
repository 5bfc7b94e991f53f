package org.zhiben.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.SectorSet;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.enforcement.internal.Inspection;
import org.zhiben.enforcement.internal.InspectionRepository;
import org.zhiben.enforcement.internal.Officer;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardReporting;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.NewHazard;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.inspection.Checklists;
import org.zhiben.inspection.TemplateView;

/**
 * Enforcement inspections: recorded by an official of the office with at least two officers holding a valid 执法证;
 * each finding is reported to the hazard module ({@link HazardReporting}, source 监管执法检查) in the same transaction,
 * so the inspection and its hazards are written together or not at all.
 */
@Service
public class Inspections {

    private final InspectionRepository inspections;
    private final EnforcementDirectory directory;
    private final Draws draws;
    private final Enterprises enterprises;
    private final Checklists checklists;
    private final HazardReporting hazards;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final IdempotentCreates creates;
    private final java.time.Clock clock;

    Inspections(InspectionRepository inspections, EnforcementDirectory directory, Draws draws,
            Enterprises enterprises, Checklists checklists, HazardReporting hazards, DataScopes scopes,
            AuditTrail audit, IdempotentCreates creates, java.time.Clock clock) {
        this.inspections = inspections;
        this.directory = directory;
        this.draws = draws;
        this.enterprises = enterprises;
        this.checklists = checklists;
        this.hazards = hazards;
        this.scopes = scopes;
        this.audit = audit;
        this.creates = creates;
        this.clock = clock;
    }

    @Transactional
    public UUID record(NewInspection n, String idempotencyKey) {
        return creates.once("enforcement.inspection", idempotencyKey, n, () -> record(n));
    }

    private UUID record(NewInspection n) {
        CurrentUser me = requireOfficer();
        if (n.enterpriseId() == null) {
            throw new InvalidInputException("enterpriseId", "请选择被检查单位");
        }
        EnterpriseSummary e = enterprises.find(n.enterpriseId())
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "关联的企业不存在或不在您的管辖范围内"));
        List<Officer> team = directory.team(n.officerIds());
        if (n.drawId() != null && !draws.drew(n.drawId(), e.id())) {
            throw new InvalidInputException("drawId", "该单位不在所选抽取结果中");
        }
        TemplateView template = null;
        if (n.templateId() != null) {
            try {
                template = checklists.get(n.templateId());
            } catch (NotFoundException unknown) {
                throw new InvalidInputException("templateId", "关联的检查表不存在");
            }
        }
        List<Resolved> findings = resolve(n.findings(), template);
        Office office = office(me);
        Inspection i = Inspection.record(new Inspection.Target(e.id(), e.name(), e.regionCode(),
                SectorSet.of(e.sectors())), office.code(), office.name(), new Inspection.Facts(n.mode(), n.drawId(),
                n.templateId(), template == null ? null : template.name(), n.inspectedOn(), n.place(), n.summary(),
                n.measures(), n.measureNote(), n.rectifyDue()), team, findings.size(), me.displayName(),
                directory.today(), clock.instant());
        for (Resolved f : findings) {
            UUID hazard = hazards.report(new NewHazard(e.id(), HazardSource.SUPERVISION,
                    f.major() ? HazardLevel.MAJOR : HazardLevel.GENERAL, f.type(), null, null,
                    truncate(f.content(), 2000), truncate(i.getPlace(), 200), null, null, null, List.of()));
            i.addFinding(truncate(f.content(), 2000), f.basis(), f.major(), hazard);
        }
        inspections.saveAndFlush(i);
        audit.record(AuditRecord.created("EnforcementInspection", i.getId(), i.getMode().label() + " "
                + i.getEnterpriseName(), i.snapshot()));
        return i.getId();
    }

    private record Resolved(String content, String basis, boolean major, HazardType type) {
    }

    private static List<Resolved> resolve(List<NewInspection.FindingInput> inputs, TemplateView template) {
        List<Resolved> out = new ArrayList<>();
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            NewInspection.FindingInput f = inputs.get(i);
            String p = "findings[" + i + "].";
            if (f == null) {
                v.add(new FieldViolation(p + "description", "请填写发现的问题"));
                continue;
            }
            String note = f.description() == null ? "" : f.description().strip();
            if (note.length() > 1000) {
                v.add(new FieldViolation(p + "description", "问题描述不超过1000字"));
                continue;
            }
            if (f.itemId() != null) {
                TemplateView.Item item = template == null ? null : template.items().stream()
                        .filter(x -> x.id().equals(f.itemId())).findFirst().orElse(null);
                if (item == null) {
                    v.add(new FieldViolation(p + "itemId", "该检查项不属于所选检查表"));
                    continue;
                }
                out.add(new Resolved(item.content() + (note.isEmpty() ? "" : "——" + note), item.basis(),
                        item.major() || Boolean.TRUE.equals(f.major()), hazardType(item.hazardType())));
            } else if (note.isEmpty()) {
                v.add(new FieldViolation(p + "description", "请填写发现的问题或选择检查项"));
            } else {
                out.add(new Resolved(note, null, Boolean.TRUE.equals(f.major()), HazardType.SAFETY));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return out;
    }

    private static HazardType hazardType(String label) {
        for (HazardType t : HazardType.values()) {
            if (t.name().equals(label) || t.label().equals(label)) {
                return t;
            }
        }
        return HazardType.SAFETY;
    }

    @Transactional(readOnly = true)
    public Inspection get(UUID id) {
        DataScope scope = scopes.current();
        Inspection i = inspections.findById(id).filter(scope::permits)
                .orElseThrow(() -> new NotFoundException("执法检查"));
        i.getOfficers().size();
        i.getFindings().size();
        return i;
    }

    @Transactional(readOnly = true)
    public Page<Inspection> list(InspectionMode mode, UUID enterpriseId, Pageable page) {
        return list(mode, enterpriseId, ListPeriod.NONE, page);
    }

    /** The inspections the 执法统计 counts under {@code period} (year, month, region), with the other filters. */
    @Transactional(readOnly = true)
    public Page<Inspection> list(InspectionMode mode, UUID enterpriseId,
            ListPeriod period, Pageable page) {
        Specification<Inspection> spec = scopes.current().<Inspection>specification()
                .and(period.specification(scopes.current(), "inspectedYear", "inspectedOn"));
        if (mode != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("mode"), mode));
        }
        if (enterpriseId != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("enterpriseId"), enterpriseId));
        }
        Page<Inspection> found = inspections.findAll(spec, page);
        found.forEach(i -> {
            i.getOfficers().size();
            i.getFindings().size();
        });
        return found;
    }

    /** The office the current official acts for: their officer entry's office, or their jurisdiction's name. */
    Office office(CurrentUser me) {
        String code = me.regionCode();
        String name = directory.myEntry().map(o -> o.getOffice()).orElseGet(() ->
                enterprises.regionNames(List.of(code)).getOrDefault(code, code) + "应急管理部门");
        return new Office(code, name);
    }

    /** Why an administrator (or anybody but an official of a jurisdiction) may not act. */
    public static final String NOT_AN_OFFICER = "执法检查和案件须由执法机构的监管人员办理";

    static CurrentUser requireOfficer() {
        CurrentUser me = EnforcementDirectory.requireOfficial();
        if (!EnforcementDirectory.mayEnforce()) {
            throw new org.springframework.security.access.AccessDeniedException(NOT_AN_OFFICER);
        }
        return me;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static Map<String, Object> brief(Inspection i) {
        return i.snapshot();
    }
}
