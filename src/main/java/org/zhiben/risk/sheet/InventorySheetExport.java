package org.zhiben.risk.sheet;

import static org.zhiben.risk.sheet.SheetLayout.HEADERS;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
 * Streamed (SXSSF) with a bold, frozen header.
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
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("风险管控清单");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null && !values.get(i).isEmpty()) {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
            }
            wb.write(out);
            wb.dispose();
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
