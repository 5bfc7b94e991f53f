package org.zhiben.risk.majorsource;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;

/** The major hazard source form of a unit; property paths match the service's field names. */
public class MajorHazardPageForm {

    static final int EMPTY_ROWS = 2;

    private @Size(max = 32) String outsidePopulation;
    private List<@Valid Row> substances = new ArrayList<>();
    private boolean declared;
    private @Valid Holders holders = new Holders();
    private long version;

    public static class Row {
        private @Size(max = 100) String name;
        private @Size(max = 16) String category;
        private @Size(max = 32) String quantityTonnes;

        boolean isBlank() {
            return MajorHazardForm.blank(name) && MajorHazardForm.blank(category) && MajorHazardForm.blank(quantityTonnes);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getQuantityTonnes() { return quantityTonnes; }
        public void setQuantityTonnes(String quantityTonnes) { this.quantityTonnes = quantityTonnes; }
    }

    public static class Person {
        private @Size(max = 100) String name;
        private @Size(max = 200) String position;
        private @Size(max = 32) String phone;

        SafetyHolder toHolder() {
            return new SafetyHolder(name, position, phone);
        }

        static Person of(SafetyHolder h) {
            Person p = new Person();
            p.name = h.name();
            p.position = h.position();
            p.phone = h.phone();
            return p;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
    }

    public static class Holders {
        private @Valid Person principal = new Person();
        private @Valid Person technical = new Person();
        private @Valid Person operation = new Person();

        public Person getPrincipal() { return principal; }
        public void setPrincipal(Person principal) { this.principal = principal; }
        public Person getTechnical() { return technical; }
        public void setTechnical(Person technical) { this.technical = technical; }
        public Person getOperation() { return operation; }
        public void setOperation(Person operation) { this.operation = operation; }
    }

    static MajorHazardPageForm of(MajorHazardSourceView v) {
        MajorHazardPageForm f = new MajorHazardPageForm();
        if (v.recorded()) {
            f.outsidePopulation = String.valueOf(v.outsidePopulation());
        }
        for (SubstanceQuantity s : v.substances()) {
            Row r = new Row();
            r.name = s.name();
            r.category = s.category();
            r.quantityTonnes = s.quantityTonnes() == null ? null : s.quantityTonnes().stripTrailingZeros().toPlainString();
            f.substances.add(r);
        }
        f.declared = v.declared();
        f.holders.principal = Person.of(v.principal());
        f.holders.technical = Person.of(v.technical());
        f.holders.operation = Person.of(v.operation());
        f.version = v.version();
        f.padRows();
        return f;
    }

    void padRows() {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            substances.add(new Row());
        }
    }

    /** The service's input; unreadable numbers are refused here, blank rows skipped. */
    MajorHazardSourceData toData() {
        List<FieldViolation> problems = new ArrayList<>();
        Integer population = null;
        try {
            population = MajorHazardForm.blank(outsidePopulation) ? null : Integer.valueOf(outsidePopulation.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldViolation("outsidePopulation", "常住人口须为整数"));
        }
        List<SubstanceQuantity> lines = new ArrayList<>();
        List<Row> kept = new ArrayList<>();
        for (Row row : substances) {
            if (row == null || row.isBlank()) {
                continue;
            }
            kept.add(row);
            BigDecimal q = null;
            try {
                q = MajorHazardForm.blank(row.quantityTonnes) ? null : new BigDecimal(row.quantityTonnes.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldViolation("substances[" + (kept.size() - 1) + "].quantityTonnes", "实际存在量须为数字(吨)"));
            }
            lines.add(new SubstanceQuantity(row.name, row.category, q));
        }
        substances = kept; // so field messages (by line index) sit beside the right row
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new MajorHazardSourceData(population, lines, declared, holders.principal.toHolder(),
                holders.technical.toHolder(), holders.operation.toHolder());
    }

    public String getOutsidePopulation() { return outsidePopulation; }
    public void setOutsidePopulation(String outsidePopulation) { this.outsidePopulation = outsidePopulation; }
    public List<Row> getSubstances() { return substances; }
    public void setSubstances(List<Row> substances) { this.substances = substances; }
    public boolean isDeclared() { return declared; }
    public void setDeclared(boolean declared) { this.declared = declared; }
    public Holders getHolders() { return holders; }
    public void setHolders(Holders holders) { this.holders = holders; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
