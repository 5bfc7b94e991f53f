package org.zhiben.risk.card;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.ControlMeasureView;
import org.zhiben.risk.InventoryTree;
import org.zhiben.risk.InventoryTree.EventNode;
import org.zhiben.risk.InventoryTree.ObjectNode;
import org.zhiben.risk.InventoryTree.UnitNode;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.RiskPositions;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.card.PositionCard.Phone;
import org.zhiben.risk.card.PositionCard.Risk;
import org.zhiben.risk.inventory.InventoryAccess;
import org.zhiben.risk.inventory.InventoryRecord;

/**
 * Positions (岗位) of an enterprise and their cards. The cards derive their risks from the inventory at the moment
 * they are shown, so a card never disagrees with the inventory. Reading follows the inventory's scope (others: 404);
 * the enterprise's principal and safety manager maintain positions, each change one audited transaction with
 * optimistic locking.
 */
@Service
class PositionCards implements RiskPositions {

    static final String ENTITY = "RiskPosition";
    private static final VersionedChanges.Subject<Position> POSITION = InventoryRecord.subject(ENTITY);

    private final PositionRepository positions;
    private final RiskInventory inventory;
    private final InventoryAccess access;
    private final Enterprises enterprises;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final Clock clock;

    PositionCards(PositionRepository positions, RiskInventory inventory, InventoryAccess access,
            Enterprises enterprises, AuditTrail audit, VersionedChanges changes, Clock clock) {
        this.positions = positions;
        this.inventory = inventory;
        this.access = access;
        this.enterprises = enterprises;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    boolean canEdit(UUID enterpriseId) {
        return access.mayEdit(enterpriseId);
    }

    @Transactional(readOnly = true)
    List<PositionSummary> list(UUID enterpriseId) {
        Map<UUID, Linked> units = linkedUnits(inventory.tree(enterpriseId));
        return positions.findByEnterpriseIdOrderByNameAsc(enterpriseId).stream().map(p -> {
            List<Linked> mine = mine(p, units);
            return new PositionSummary(p.getId(), p.getName(), mine.stream().map(Linked::label).toList(),
                    mine.stream().map(l -> l.unit().unit().level()).reduce(null, RiskLevel::highest), p.getVersion());
        }).toList();
    }

    /** The enterprise's analysis units, position-level (岗位) ones first, for the position form. */
    @Transactional(readOnly = true)
    List<UnitChoice> unitChoices(UUID enterpriseId) {
        return linkedUnits(inventory.tree(enterpriseId)).values().stream()
                .map(l -> new UnitChoice(l.unit().unit().id(), l.object().object().name(), l.unit().unit().name(),
                        l.unit().unit().controlLevel(), l.unit().unit().level()))
                .sorted((x, y) -> Boolean.compare(x.controlLevel() != org.zhiben.risk.ControlLevel.POST,
                        y.controlLevel() != org.zhiben.risk.ControlLevel.POST))
                .toList();
    }

    @Transactional(readOnly = true)
    PositionData data(UUID enterpriseId, UUID positionId) {
        return find(enterpriseId, positionId).data();
    }

    @Transactional(readOnly = true)
    long version(UUID enterpriseId, UUID positionId) {
        return find(enterpriseId, positionId).getVersion();
    }

    @Transactional(readOnly = true)
    PositionCard card(UUID enterpriseId, UUID positionId) {
        InventoryTree tree = inventory.tree(enterpriseId);
        Position p = find(enterpriseId, positionId);
        List<Linked> mine = mine(p, linkedUnits(tree));
        List<Risk> risks = new ArrayList<>();
        for (Linked l : mine) {
            for (EventNode e : l.unit().events()) {
                Map<MeasureCategory, List<String>> measures = new EnumMap<>(MeasureCategory.class);
                for (ControlMeasureView m : e.measures()) {
                    measures.computeIfAbsent(m.category(), c -> new ArrayList<>()).add(m.description());
                }
                risks.add(new Risk(l.object().object().name(), l.unit().unit().name(), e.event().description(),
                        e.event().hazardFactorCode(), e.event().hazardFactorCategory(), e.event().accidentTypes(),
                        e.event().currentLevel(), measures));
            }
        }
        // most severe first; unassessed last
        risks.sort((x, y) -> Integer.compare(rank(x.level()), rank(y.level())));
        Set<AccidentType> accidents = EnumSet.noneOf(AccidentType.class);
        risks.forEach(r -> accidents.addAll(r.accidentTypes()));
        Set<String> emergency = new LinkedHashSet<>();
        risks.forEach(r -> emergency.addAll(r.measuresOf(MeasureCategory.EMERGENCY)));
        PositionData d = p.data();
        return new PositionCard(enterpriseId, tree.enterpriseName(), p.getId(), p.getName(), p.getVersion(),
                PositionData.lines(d.responsibilities()), PositionData.lines(d.operatingSteps()),
                PositionData.lines(d.emergencySteps()),
                mine.stream().map(l -> l.unit().unit().level()).reduce(null, RiskLevel::highest),
                mine.stream().map(Linked::label).toList(), risks, accidents, List.copyOf(emergency),
                phones(enterpriseId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> names(UUID enterpriseId) {
        return list(enterpriseId).stream().map(PositionSummary::name).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<org.zhiben.risk.PositionKnowledge> knowledge(UUID enterpriseId, String name) {
        access.readable(enterpriseId);
        return positions.findByEnterpriseIdOrderByNameAsc(enterpriseId).stream()
                .filter(p -> p.getName().equals(name)).findFirst().map(p -> knowledge(card(enterpriseId, p.getId())));
    }

    private static org.zhiben.risk.PositionKnowledge knowledge(PositionCard c) {
        List<org.zhiben.risk.PositionKnowledge.Risk> risks = c.risks().stream()
                .map(r -> new org.zhiben.risk.PositionKnowledge.Risk(r.objectName() + " › " + r.unitName(), r.event(),
                        r.accidentTypes().stream().map(AccidentType::label).toList(),
                        r.level() == null ? null : r.level().label(), r.measuresOf(MeasureCategory.ENGINEERING),
                        r.measuresOf(MeasureCategory.MAINTENANCE), r.measuresOf(MeasureCategory.OPERATION),
                        r.measuresOf(MeasureCategory.EMERGENCY)))
                .toList();
        List<org.zhiben.risk.PositionKnowledge.Phone> phones = c.phones().stream()
                .map(p -> new org.zhiben.risk.PositionKnowledge.Phone(switch (p.role()) {
                    case "principal" -> "主要负责人 " + p.name();
                    case "safetyManager" -> "安全管理人员 " + p.name();
                    case "fire" -> "火警";
                    default -> "急救";
                }, p.number())).toList();
        return new org.zhiben.risk.PositionKnowledge(c.enterpriseName(), c.name(), c.duties(), c.operatingSteps(),
                c.emergencySteps(), c.level() == null ? null : c.level().label(), risks,
                c.accidentTypes().stream().map(AccidentType::label).toList(), c.emergencyMeasures(), phones);
    }

    @Override
    @Transactional
    public UUID add(UUID enterpriseId, String name, Set<UUID> unitIds, String responsibilities,
            String operatingSteps, String emergencySteps) {
        return create(enterpriseId, new PositionData(name, unitIds, responsibilities, operatingSteps, emergencySteps));
    }

    @Transactional
    UUID create(UUID enterpriseId, PositionData data) {
        EnterpriseSummary enterprise = access.writable(enterpriseId);
        PositionData d = checked(enterpriseId, null, data);
        Position p = positions.save(new Position(enterprise.id(), enterprise.regionCode(), d, clock.instant()));
        audit.record(AuditRecord.created(ENTITY, p.getId(), "新增岗位 " + p.getName(), p.snapshot()));
        return p.getId();
    }

    @Transactional
    void update(UUID enterpriseId, UUID positionId, long version, PositionData data) {
        access.writable(enterpriseId);
        Position p = find(enterpriseId, positionId);
        POSITION.requireVersion(p, version);
        PositionData d = checked(enterpriseId, positionId, data);
        changes.apply(POSITION, p, version, "UPDATE", "修改岗位 " + d.name(), x -> x.apply(d, clock.instant()));
    }

    @Transactional
    void delete(UUID enterpriseId, UUID positionId, long version) {
        access.writable(enterpriseId);
        Position p = find(enterpriseId, positionId);
        changes.delete(POSITION, p, version, "删除岗位 " + p.getName(), positions::delete);
    }

    private PositionData checked(UUID enterpriseId, UUID self, PositionData data) {
        Set<UUID> known = linkedUnits(inventory.tree(enterpriseId)).keySet();
        PositionData d = data.validated(known);
        if (positions.existsByEnterpriseIdAndNameAndIdNot(enterpriseId, d.name(),
                self == null ? new UUID(0, 0) : self)) {
            throw new InvalidInputException("name", "本企业已有同名岗位");
        }
        return d;
    }

    /** The position if it belongs to the enterprise, which the caller may read; otherwise 404. */
    private Position find(UUID enterpriseId, UUID positionId) {
        access.readable(enterpriseId);
        return positions.findById(positionId).filter(p -> p.getEnterpriseId().equals(enterpriseId))
                .orElseThrow(() -> new NotFoundException("岗位"));
    }

    private List<Phone> phones(UUID enterpriseId) {
        List<Phone> phones = new ArrayList<>();
        enterprises.details(enterpriseId).ifPresent((EnterpriseData e) -> {
            if (e.principalPhone() != null && !e.principalPhone().isBlank()) {
                phones.add(new Phone("principal", e.principalName(), e.principalPhone()));
            }
            if (e.safetyManagerPhone() != null && !e.safetyManagerPhone().isBlank()) {
                phones.add(new Phone("safetyManager", e.safetyManagerName(), e.safetyManagerPhone()));
            }
        });
        phones.add(new Phone("fire", null, "119"));
        phones.add(new Phone("ambulance", null, "120"));
        return phones;
    }

    private static int rank(RiskLevel level) {
        return level == null ? RiskLevel.values().length : level.ordinal();
    }

    /** A unit with its object, in inventory order. */
    private record Linked(ObjectNode object, UnitNode unit) {
        String label() {
            return object.object().name() + " › " + unit.unit().name();
        }
    }

    private static Map<UUID, Linked> linkedUnits(InventoryTree tree) {
        Map<UUID, Linked> m = new LinkedHashMap<>();
        for (ObjectNode o : tree.objects()) {
            for (UnitNode u : o.units()) {
                m.put(u.unit().id(), new Linked(o, u));
            }
        }
        return m;
    }

    /** The position's units that still exist, in inventory order. */
    private static List<Linked> mine(Position p, Map<UUID, Linked> units) {
        Set<UUID> ids = p.data().unitIds();
        return units.values().stream().filter(l -> ids.contains(l.unit().unit().id()))
                .collect(Collectors.toList());
    }

}
