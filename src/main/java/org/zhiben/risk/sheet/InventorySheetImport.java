package org.zhiben.risk.sheet;

import static org.zhiben.risk.sheet.SheetLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.common.document.XlsxSheetReader;
import org.zhiben.directory.RowError;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.AnalysisObjectData;
import org.zhiben.risk.AnalysisObjectView;
import org.zhiben.risk.AnalysisUnitData;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.AssessmentData;
import org.zhiben.risk.AssessmentKind;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.CheckCycleUnit;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.ControlMeasureData;
import org.zhiben.risk.DirectBasis;
import org.zhiben.risk.InventoryTree.EventNode;
import org.zhiben.risk.InventoryTree.ObjectNode;
import org.zhiben.risk.InventoryTree.UnitNode;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.ObjectKind;
import org.zhiben.risk.assessment.RiskAssessments;
import org.zhiben.risk.RiskEventData;
import org.zhiben.risk.RiskEventView;
import org.zhiben.risk.RiskInventory;

/**
 * Imports the 风险管控清单 sheet (the layout of the export, title block optional), read row by row with the
 * kernel's streaming {@link XlsxSheetReader}, into an enterprise's inventory through the public
 * {@link RiskInventory} and {@link RiskAssessments} services, so their validation, scope and audit apply. Each row is
 * its own transaction: an invalid row is reported (row, column, reason) and leaves nothing behind, the valid rows are
 * saved. Records are matched by name within the enterprise (object; object + unit; object + unit + event), so a
 * re-import changes what differs and duplicates nothing; a measure is matched by its text within the event.
 * New measures get a check cycle of one month (the sheet has no cycle column). An assessment is recorded when method
 * and inputs are given and differ from the event's current one.
 */
@Service
class InventorySheetImport {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 5000;
    private static final String NOT_XLSX = "不是有效的 xlsx 文件";
    private static final String HEADER_PROBLEM = "表头应为:" + String.join("、", HEADERS);
    private static final Map<String, ObjectKind> KIND_VALUES = reverse(KINDS);
    private static final Map<String, ControlLevel> CONTROL_VALUES = reverse(CONTROL_LEVELS);

    private final RiskInventory inventory;
    private final RiskAssessments assessments;
    private final InventorySheetExport export;
    private final TransactionTemplate tx;

    InventorySheetImport(RiskInventory inventory, RiskAssessments assessments, InventorySheetExport export,
            PlatformTransactionManager transactions) {
        this.inventory = inventory;
        this.assessments = assessments;
        this.export = export;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The result: data rows read, rows saved, the errors of the others, and what was created. */
    public record ImportReport(int rows, int saved, List<RowError> errors, int objectsCreated, int unitsCreated,
            int eventsCreated, int measuresCreated, int assessmentsRecorded) {
    }

    ImportReport importSheet(UUID enterpriseId, InputStream in) throws IOException {
        inventory.enterpriseName(enterpriseId); // 404 outside scope
        if (!inventory.canEdit(enterpriseId)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "只有本企业的主要负责人和安全管理人员可以导入风险清单");
        }
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("file", "文件不能超过5 MB");
        }
        if (FileType.detect(Arrays.copyOf(bytes, Math.min(bytes.length, 64 * 1024))) != FileType.XLSX) {
            throw new InvalidInputException("file", NOT_XLSX);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        Path file = Files.createTempFile("zhiben-inventory-import", ".xlsx");
        try {
            Files.write(file, bytes);
            try (XlsxSheetReader sheet = XlsxSheetReader.open(file.toFile(), HEADERS.size())) {
                boolean[] headerSeen = {false};
                sheet.read((rowNumber, cells) -> {
                    if (!headerSeen[0]) {
                        if (XlsxSheetReader.titleRow(rowNumber, cells)) {
                            return; // the title block of an exported sheet
                        }
                        if (!Arrays.stream(cells).map(c -> c == null ? "" : c.strip()).toList().equals(HEADERS)) {
                            throw new InvalidInputException("file", HEADER_PROBLEM);
                        }
                        headerSeen[0] = true;
                        return;
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < HEADERS.size(); i++) {
                        String v = cells[i] == null ? "" : cells[i].strip();
                        if (!v.isEmpty()) {
                            values.put(HEADERS.get(i), v);
                        }
                    }
                    if (values.isEmpty()) {
                        return;
                    }
                    if (rows.size() == MAX_ROWS) {
                        throw new InvalidInputException("file", "数据行不能超过" + MAX_ROWS + "行");
                    }
                    rows.add(values);
                    rowNumbers.add(rowNumber);
                });
                if (!headerSeen[0]) {
                    throw new InvalidInputException("file", HEADER_PROBLEM);
                }
            } catch (XlsxSheetReader.NotXlsxException e) {
                throw new InvalidInputException("file", e.userMessage());
            }
        } finally {
            Files.deleteIfExists(file);
        }
        Index index = new Index();
        index.load(enterpriseId);
        Counts counts = new Counts();
        List<RowError> errors = new ArrayList<>();
        int saved = 0;
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = rowNumbers.get(i);
            Map<String, String> values = rows.get(i);
            try {
                Counts rowCounts = new Counts();
                tx.executeWithoutResult(status -> apply(enterpriseId, values, index, rowCounts));
                counts.add(rowCounts);
                saved++;
                if (rowCounts.writes == 0) {
                    continue; // nothing changed: the index is still right
                }
            } catch (RowFailure f) {
                errors.add(new RowError(rowNumber, f.column, f.getMessage()));
            } catch (StaleVersionException e) {
                errors.add(new RowError(rowNumber, OBJECT, e.getMessage()));
            }
            index.load(enterpriseId); // committed or rolled back: read what is there now

        }
        return new ImportReport(rows.size(), saved, errors, counts.objects, counts.units, counts.events,
                counts.measures, counts.assessments);
    }

    private void apply(UUID enterpriseId, Map<String, String> v, Index index, Counts counts) {
        // --- parse what needs no database
        String objectName = v.get(OBJECT);
        if (objectName == null) {
            throw new RowFailure(OBJECT, "请填写分析对象");
        }
        ObjectKind kind = parse(v, KIND, KIND_VALUES::get);
        String major = v.getOrDefault(MAJOR, "否");
        if (!major.equals("是") && !major.equals("否")) {
            throw new RowFailure(MAJOR, "应填写“是”或“否”,收到“" + major + "”");
        }
        String unitName = v.get(UNIT);
        String eventText = v.get(EVENT);
        if (unitName == null && (eventText != null || v.containsKey(CONTROL) || v.containsKey(PERSON))) {
            throw new RowFailure(UNIT, "请填写分析单元");
        }
        if (eventText == null && (v.containsKey(FACTOR) || v.containsKey(METHOD) || MEASURE_COLUMNS.values().stream()
                .anyMatch(v::containsKey))) {
            throw new RowFailure(EVENT, "请填写风险事件");
        }
        ControlLevel control = parse(v, CONTROL, CONTROL_VALUES::get);
        Set<AccidentType> accidents = EnumSet.noneOf(AccidentType.class);
        for (String label : split(v.get(ACCIDENTS), "[;;、]")) {
            AccidentType t = accident(label);
            if (t == null) {
                throw new RowFailure(ACCIDENTS, "未知的事故类型“" + label + "”(GB 6441:物体打击、车辆伤害……其他伤害)");
            }
            accidents.add(t);
        }
        if (v.containsKey(LEVEL) && level(v.get(LEVEL)) == null) {
            throw new RowFailure(LEVEL, "风险等级应为重大、较大、一般或低,收到“" + v.get(LEVEL) + "”");
        }
        AssessmentMethod method = parse(v, METHOD, SheetLayout::method);
        if (method == null && v.containsKey(INPUTS)) {
            throw new RowFailure(METHOD, "填写评价输入时须填写评价方法(LEC、LS、MES或直接判定)");
        }

        // --- object
        AnalysisObjectData objectData = new AnalysisObjectData(kind, objectName, major.equals("是"), v.get(CODE));
        Map<String, String> objectColumns = Map.of("kind", KIND, "name", OBJECT, "hazardSourceCode", CODE);
        AnalysisObjectView object = index.objects.get(objectName);
        UUID objectId;
        if (object == null) {
            objectId = write(counts, objectColumns, () -> inventory.addObject(enterpriseId, objectData, null));
            counts.objects++;
        } else {
            objectId = object.id();
            AnalysisObjectData now = new AnalysisObjectData(object.kind(), object.name(), object.majorHazardSource(),
                    object.hazardSourceCode());
            if (!now.equals(guarded(objectColumns, objectData::validated))) {
                write(counts, objectColumns, () -> {
                    inventory.updateObject(objectId, object.version(), objectData);
                    return null;
                });
            }
        }
        if (unitName == null) {
            return;
        }
        // --- unit
        AnalysisUnitData unitData = new AnalysisUnitData(unitName, v.get(DEPARTMENT), v.get(PERSON), control);
        Map<String, String> unitColumns = Map.of("name", UNIT, "responsibleDepartment", DEPARTMENT,
                "responsiblePerson", PERSON, "controlLevel", CONTROL);
        AnalysisUnitView unit = index.units.get(objectId + "\u0000" + unitName);
        UUID unitId;
        if (unit == null) {
            unitId = write(counts, unitColumns, () -> inventory.addUnit(objectId, unitData, null));
            counts.units++;
        } else {
            unitId = unit.id();
            AnalysisUnitData now = new AnalysisUnitData(unit.name(), unit.responsibleDepartment(),
                    unit.responsiblePerson(), unit.controlLevel());
            if (!now.equals(guarded(unitColumns, unitData::validated))) {
                write(counts, unitColumns, () -> {
                    inventory.updateUnit(unitId, unit.version(), unitData);
                    return null;
                });
            }
        }
        if (eventText == null) {
            return;
        }
        // --- event
        RiskEventData eventData = new RiskEventData(eventText, v.get(FACTOR), accidents);
        Map<String, String> eventColumns = Map.of("description", EVENT, "hazardFactorCode", FACTOR,
                "accidentTypes", ACCIDENTS);
        EventNode event = index.events.get(unitId + "\u0000" + eventText);
        UUID eventId;
        if (event == null) {
            eventId = write(counts, eventColumns, () -> inventory.addEvent(unitId, eventData, null));
            counts.events++;
        } else {
            RiskEventView e = event.event();
            eventId = e.id();
            RiskEventData now = new RiskEventData(e.description(), e.hazardFactorCode(), e.accidentTypes());
            RiskEventData wanted = guarded(eventColumns, eventData::validated);
            if (!now.equals(wanted)) {
                write(counts, eventColumns, () -> {
                    inventory.updateEvent(eventId, e.version(), eventData);
                    return null;
                });
            }
        }
        // --- measures: new texts are added, existing ones kept
        List<String> persons = persons(v.get(MEASURE_PERSON));
        List<String[]> measures = new ArrayList<>();
        for (MeasureCategory c : MeasureCategory.values()) {
            for (String text : split(v.get(MEASURE_COLUMNS.get(c)))) {
                measures.add(new String[] {c.name(), text});
            }
        }
        if (persons.size() > 1 && persons.size() != measures.size()) {
            throw new RowFailure(MEASURE_PERSON, "措施责任人应填写一人(适用于全部措施),或按措施顺序逐一填写共"
                    + measures.size() + "人,收到" + persons.size() + "人");
        }
        Set<String> existing = new java.util.HashSet<>();
        if (event != null) {
            event.measures().forEach(m -> existing.add(m.category() + "\u0000" + m.description()));
        }
        for (int i = 0; i < measures.size(); i++) {
            MeasureCategory c = MeasureCategory.valueOf(measures.get(i)[0]);
            String text = measures.get(i)[1];
            if (existing.add(c + "\u0000" + text)) {
                String person = persons.isEmpty() ? null : persons.size() == 1 ? persons.get(0) : persons.get(i);
                String column = MEASURE_COLUMNS.get(c);
                write(counts, Map.of("description", column, "responsiblePerson", MEASURE_PERSON),
                        () -> inventory.addMeasure(eventId, new ControlMeasureData(text, c, null,
                                person == null || person.isBlank() ? null : person, 1, CheckCycleUnit.MONTH), null));
                counts.measures++;
            }
        }
        // --- assessment
        if (method != null) {
            AssessmentKind kindOfAssessment = event != null && event.event().residualLevel() != null
                    ? AssessmentKind.RESIDUAL : AssessmentKind.INHERENT;
            AssessmentData data = assessment(kindOfAssessment, method, v.get(INPUTS));
            String[] current = event == null ? null : export.assessmentCells(event.event());
            boolean unchanged = current != null && method(method).equals(current[0])
                    && v.getOrDefault(INPUTS, "").equals(current[1] == null ? "" : current[1]);
            if (!unchanged) {
                counts.writes++;
                guarded(Map.of("method", METHOD, "kind", METHOD), () -> assessments.assess(eventId, data, null),
                        INPUTS);
                counts.assessments++;
            }
        }
    }

    private static AssessmentData assessment(AssessmentKind kind, AssessmentMethod method, String inputs) {
        if (method == AssessmentMethod.DIRECT) {
            if (inputs == null) {
                throw new RowFailure(INPUTS, "直接判定须填写依据:“重大危险源”或所依据的重大事故隐患判定标准条款");
            }
            boolean source = DIRECT_MAJOR_HAZARD_SOURCE.equals(inputs);
            return new AssessmentData(kind, method, Map.of(),
                    source ? DirectBasis.MAJOR_HAZARD_SOURCE : DirectBasis.MAJOR_ACCIDENT_HAZARD_CRITERION,
                    source ? null : inputs);
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (String part : split(inputs)) {
            String[] kv = part.split("=", 2);
            String factor = kv[0].strip().toLowerCase(Locale.ROOT);
            try {
                if (kv.length != 2 || !method.factors().contains(factor)) {
                    throw new NumberFormatException();
                }
                BigDecimal value = new BigDecimal(kv[1].strip());
                if (values.putIfAbsent(factor, value) != null) {
                    throw new RowFailure(INPUTS, "评价输入中“" + kv[0].strip() + "”出现了两次");
                }
            } catch (NumberFormatException e) {
                throw new RowFailure(INPUTS, "评价输入应写作" + example(method) + ",“" + part + "”不符合");
            }
        }
        return new AssessmentData(kind, method, values, null, null);
    }

    private static String example(AssessmentMethod method) {
        return switch (method) {
            case LEC -> "L=6;E=6;C=15";
            case LS -> "L=4;S=4";
            case MES -> "M=3;E=6;S=8";
            case DIRECT -> DIRECT_MAJOR_HAZARD_SOURCE;
        };
    }

    private static <T> T parse(Map<String, String> v, String column, java.util.function.Function<String, T> parser) {
        String text = v.get(column);
        if (text == null) {
            return null;
        }
        T value = parser.apply(text);
        if (value == null) {
            throw new RowFailure(column, "“" + text + "”不是" + column + "的可选值");
        }
        return value;
    }

    /** Values separated by ; or ;, trimmed, empty ones dropped. */
    private static List<String> split(String text) {
        return split(text, "[;;]");
    }

    private static List<String> split(String text, String separators) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** 措施责任人: one per measure in column order, empty places kept. */
    private static List<String> persons(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[;;]", -1)).map(String::strip).toList();
    }

    private static <T> T write(Counts counts, Map<String, String> columns, java.util.function.Supplier<T> action) {
        counts.writes++;
        return guarded(columns, action, null);
    }

    private static <T> T guarded(Map<String, String> columns, java.util.function.Supplier<T> action) {
        return guarded(columns, action, null);
    }

    /** Runs a service call; its field errors become the row's error in the field's column (else {@code fallback}). */
    private static <T> T guarded(Map<String, String> columns, java.util.function.Supplier<T> action,
            String fallback) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            FieldViolation first = e.violations().get(0);
            String column = columns.getOrDefault(first.field(), fallback != null ? fallback
                    : columns.values().iterator().next());
            throw new RowFailure(column, first.message());
        }
    }

    /** A row's problem, thrown out of its transaction so that nothing of the row stays. */
    static final class RowFailure extends RuntimeException {
        final String column;

        RowFailure(String column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }
    }

    private static final class Counts {
        int objects;
        int units;
        int events;
        int measures;
        int assessments;
        /** Any change, updates included. */
        int writes;

        void add(Counts c) {
            objects += c.objects;
            units += c.units;
            events += c.events;
            measures += c.measures;
            assessments += c.assessments;
        }
    }

    /** The enterprise's records by name, and each event's exported row (for its current assessment). */
    private final class Index {
        final Map<String, AnalysisObjectView> objects = new HashMap<>();
        final Map<String, AnalysisUnitView> units = new HashMap<>();
        final Map<String, EventNode> events = new HashMap<>();

        void load(UUID enterpriseId) {
            objects.clear();
            units.clear();
            events.clear();
            for (ObjectNode o : inventory.tree(enterpriseId).objects()) {
                objects.put(o.object().name(), o.object());
                for (UnitNode u : o.units()) {
                    units.put(o.object().id() + "\u0000" + u.unit().name(), u.unit());
                    for (EventNode e : u.events()) {
                        events.put(u.unit().id() + "\u0000" + e.event().description(), e);
                    }
                }
            }
        }
    }
}
