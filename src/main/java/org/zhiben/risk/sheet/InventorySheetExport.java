package org.zhiben.risk.sheet;

import static org.zhiben.risk.sheet.SheetLayout.HEADERS;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.document.TableSpec;
import org.zhiben.common.document.TableSpec.Kind;
import org.zhiben.common.document.XlsxWriter;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.AssessmentKind;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.assessment.AssessmentView;
import org.zhiben.risk.ControlMeasureView;
import org.zhiben.risk.DirectBasis;
import org.zhiben.risk.InventoryTree;
import org.zhiben.risk.InventoryTree.EventNode;
import org.zhiben.risk.InventoryTree.ObjectNode;
import org.zhiben.risk.InventoryTree.UnitNode;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.assessment.RiskAssessments;
import org.zhiben.risk.RiskEventView;
import org.zhiben.risk.RiskInventory;

/**
 * The enterprise's inventory as the 风险管控清单 xlsx: one row per risk event (an object or unit without events still
 * gets its row), measures by classify1 in their columns, the assessment that gives the event its current level.
 * Laid out for A4 by the kernel's {@link XlsxWriter}; the title block above the header is skipped on re-import.
 */
@Service
class InventorySheetExport {

    private final RiskInventory inventory;
    private final RiskAssessments assessments;

    InventorySheetExport(RiskInventory inventory, RiskAssessments assessments) {
        this.inventory = inventory;
        this.assessments = assessments;
    }

    /** The rows of the sheet; reading checks the scope (404 outside). */
    @Transactional(readOnly = true)
    List<List<String>> rows(UUID enterpriseId) {
        InventoryTree tree = inventory.tree(enterpriseId);
        List<List<String>> rows = new ArrayList<>();
        for (ObjectNode o : tree.objects()) {
            if (o.units().isEmpty()) {
                rows.add(row(o, null, null));
            }
            for (UnitNode u : o.units()) {
                if (u.events().isEmpty()) {
                    rows.add(row(o, u, null));
                }
                for (EventNode e : u.events()) {
                    rows.add(row(o, u, e));
                }
            }
        }
        return rows;
    }

    void write(UUID enterpriseId, OutputStream out) throws IOException {
        List<List<String>> rows = rows(enterpriseId);
        TableSpec spec = TableSpec.sheet("风险管控清单").title("安全风险分级管控清单")
                .scope("单位名称:" + inventory.enterpriseName(enterpriseId));
        HEADERS.forEach(h -> spec.column(h, h.equals(SheetLayout.VALUE) ? Kind.NUMBER : Kind.TEXT));
        try (XlsxWriter writer = XlsxWriter.create()) {
            XlsxWriter.Table table = writer.table(spec);
            int value = HEADERS.indexOf(SheetLayout.VALUE);
            for (List<String> row : rows) {
                List<Object> cells = new ArrayList<>(row);
                cells.set(value, row.get(value) == null ? null : new BigDecimal(row.get(value)));
                table.row(cells);
            }
            writer.write(out);
        }
    }

    private List<String> row(ObjectNode on, UnitNode un, EventNode en) {
        String[] v = new String[HEADERS.size()];
        var o = on.object();
        v[0] = o.name();
        v[1] = SheetLayout.KINDS.get(o.kind());
        v[2] = o.majorHazardSource() ? "是" : "否";
        v[3] = o.hazardSourceCode();
        if (un != null) {
            var u = un.unit();
            v[4] = u.name();
            v[5] = SheetLayout.CONTROL_LEVELS.get(u.controlLevel());
            v[6] = u.responsibleDepartment();
            v[7] = u.responsiblePerson();
        }
        if (en != null) {
            RiskEventView e = en.event();
            v[8] = e.description();
            v[9] = e.hazardFactorCode();
            v[10] = SheetLayout.joined(e.accidentTypes().stream().sorted().map(AccidentType::label).toList());
            AssessmentView a = current(e);
            if (a != null) {
                String[] cells = assessmentCells(e);
                v[11] = cells[0];
                v[12] = cells[1];
                v[13] = a.value() == null ? null : a.value().stripTrailingZeros().toPlainString();
            }
            v[14] = e.currentLevel() == null ? null : e.currentLevel().label();
            List<String> persons = new ArrayList<>();
            for (MeasureCategory c : MeasureCategory.values()) {
                List<ControlMeasureView> ms = en.measures().stream().filter(m -> m.category() == c).toList();
                v[15 + c.ordinal()] = SheetLayout.joined(ms.stream().map(ControlMeasureView::description).toList());
                ms.forEach(m -> persons.add(m.responsiblePerson() == null ? "" : m.responsiblePerson()));
            }
            v[19] = persons.stream().allMatch(String::isEmpty) ? null : SheetLayout.joined(persons);
        }
        return Arrays.asList(v);
    }

    /** The 评价方法 and 评价输入 cells of the event's current assessment, or null when never assessed. */
    String[] assessmentCells(RiskEventView e) {
        AssessmentView a = current(e);
        if (a == null) {
            return null;
        }
        return new String[] {SheetLayout.method(a.method()), a.method() == AssessmentMethod.DIRECT
                ? (a.directBasis() == DirectBasis.MAJOR_HAZARD_SOURCE ? SheetLayout.DIRECT_MAJOR_HAZARD_SOURCE
                        : a.directCriterion())
                : SheetLayout.inputs(a.method(), a.inputs())};
    }

    /** The latest assessment of the kind that gives the event its current level (residual when there is one). */
    private AssessmentView current(RiskEventView e) {
        if (e.lastAssessedAt() == null) {
            return null;
        }
        AssessmentKind kind = e.residualLevel() != null ? AssessmentKind.RESIDUAL : AssessmentKind.INHERENT;
        return assessments.history(e.id()).stream().filter(a -> a.kind() == kind).findFirst().orElse(null);
    }
}
