package org.zhiben.risk.majorsource;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The GB 18218 section of the calculator page: the outside population and one row per substance. */
public class MajorHazardForm {

    static final int INITIAL_ROWS = 3;

    private @Size(max = 32) String outsidePopulation;
    private List<@Valid Row> rows = new ArrayList<>();

    public static class Row {
        private @Size(max = 100) String name;
        private @Size(max = 16) String category;
        private @Size(max = 32) String quantity;

        boolean isBlank() {
            return blank(name) && blank(category) && blank(quantity);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String quantity) { this.quantity = quantity; }
    }

    public static MajorHazardForm empty() {
        MajorHazardForm form = new MajorHazardForm();
        for (int i = 0; i < INITIAL_ROWS; i++) {
            form.rows.add(new Row());
        }
        return form;
    }

    /** The filled rows as calculator input; {@code rowNumbers} receives each one's 1-based row on the page. */
    public List<SubstanceQuantity> substances(List<Integer> rowNumbers, List<String> problems) {
        List<SubstanceQuantity> substances = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            BigDecimal quantity = null;
            if (!blank(row.quantity)) {
                try {
                    quantity = new BigDecimal(row.quantity.strip());
                } catch (NumberFormatException e) {
                    problems.add("第" + (i + 1) + "行:实际存在量须为数字(吨)");
                    continue;
                }
            }
            substances.add(new SubstanceQuantity(row.name, row.category, quantity));
            rowNumbers.add(i + 1);
        }
        return substances;
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getOutsidePopulation() { return outsidePopulation; }
    public void setOutsidePopulation(String outsidePopulation) { this.outsidePopulation = outsidePopulation; }
    public List<Row> getRows() { return rows; }
    public void setRows(List<Row> rows) { this.rows = rows; }
}
