package org.zhiben.risk.inventory;

import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.AnalysisObjectData;
import org.zhiben.risk.AnalysisObjectView;
import org.zhiben.risk.AnalysisUnitData;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.CheckCycleUnit;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.ControlMeasureData;
import org.zhiben.risk.ControlMeasureView;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.ObjectKind;
import org.zhiben.risk.RiskEventData;
import org.zhiben.risk.RiskEventView;

/** Form backing beans of the inventory pages; each carries the version its edit is based on. */
final class InventoryForms {

    private InventoryForms() {
    }

    public static class ObjectForm {
        private ObjectKind kind;
        private @Size(max = 100) String name;
        private boolean majorHazardSource;
        private @Size(max = 64) String hazardSourceCode;
        private long version;

        static ObjectForm of(AnalysisObjectView o) {
            ObjectForm f = new ObjectForm();
            f.kind = o.kind();
            f.name = o.name();
            f.majorHazardSource = o.majorHazardSource();
            f.hazardSourceCode = o.hazardSourceCode();
            f.version = o.version();
            return f;
        }

        AnalysisObjectData toData() {
            return new AnalysisObjectData(kind, name, majorHazardSource, hazardSourceCode);
        }

        public ObjectKind getKind() { return kind; }
        public void setKind(ObjectKind kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public boolean isMajorHazardSource() { return majorHazardSource; }
        public void setMajorHazardSource(boolean majorHazardSource) { this.majorHazardSource = majorHazardSource; }
        public String getHazardSourceCode() { return hazardSourceCode; }
        public void setHazardSourceCode(String hazardSourceCode) { this.hazardSourceCode = hazardSourceCode; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    public static class UnitForm {
        private @Size(max = 100) String name;
        private @Size(max = 100) String responsibleDepartment;
        private @Size(max = 50) String responsiblePerson;
        private ControlLevel controlLevel;
        private long version;

        static UnitForm of(AnalysisUnitView u) {
            UnitForm f = new UnitForm();
            f.name = u.name();
            f.responsibleDepartment = u.responsibleDepartment();
            f.responsiblePerson = u.responsiblePerson();
            f.controlLevel = u.controlLevel();
            f.version = u.version();
            return f;
        }

        AnalysisUnitData toData() {
            return new AnalysisUnitData(name, responsibleDepartment, responsiblePerson, controlLevel);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getResponsibleDepartment() { return responsibleDepartment; }
        public void setResponsibleDepartment(String responsibleDepartment) { this.responsibleDepartment = responsibleDepartment; }
        public String getResponsiblePerson() { return responsiblePerson; }
        public void setResponsiblePerson(String responsiblePerson) { this.responsiblePerson = responsiblePerson; }
        public ControlLevel getControlLevel() { return controlLevel; }
        public void setControlLevel(ControlLevel controlLevel) { this.controlLevel = controlLevel; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    public static class EventForm {
        private @Size(max = 500) String description;
        private @Size(max = 8) String hazardFactorCode;
        private Set<AccidentType> accidentTypes = new LinkedHashSet<>();
        private long version;

        static EventForm of(RiskEventView e) {
            EventForm f = new EventForm();
            f.description = e.description();
            f.hazardFactorCode = e.hazardFactorCode();
            f.accidentTypes = e.accidentTypes().isEmpty() ? new LinkedHashSet<>() : EnumSet.copyOf(e.accidentTypes());
            f.version = e.version();
            return f;
        }

        RiskEventData toData() {
            return new RiskEventData(description, hazardFactorCode, accidentTypes);
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getHazardFactorCode() { return hazardFactorCode; }
        public void setHazardFactorCode(String hazardFactorCode) { this.hazardFactorCode = hazardFactorCode; }
        public Set<AccidentType> getAccidentTypes() { return accidentTypes; }
        public void setAccidentTypes(Set<AccidentType> accidentTypes) { this.accidentTypes = accidentTypes; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    public static class MeasureForm {
        private @Size(max = 500) String description;
        private MeasureCategory category;
        private @Size(max = 50) String subcategory;
        private @Size(max = 50) String responsiblePerson;
        private Integer checkCycle = 1;
        private CheckCycleUnit checkCycleUnit = CheckCycleUnit.DAY;
        private long version;

        static MeasureForm of(ControlMeasureView m) {
            MeasureForm f = new MeasureForm();
            f.description = m.description();
            f.category = m.category();
            f.subcategory = m.subcategory();
            f.responsiblePerson = m.responsiblePerson();
            f.checkCycle = m.checkCycle();
            f.checkCycleUnit = m.checkCycleUnit();
            f.version = m.version();
            return f;
        }

        ControlMeasureData toData() {
            return new ControlMeasureData(description, category, subcategory, responsiblePerson, checkCycle,
                    checkCycleUnit);
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public MeasureCategory getCategory() { return category; }
        public void setCategory(MeasureCategory category) { this.category = category; }
        public String getSubcategory() { return subcategory; }
        public void setSubcategory(String subcategory) { this.subcategory = subcategory; }
        public String getResponsiblePerson() { return responsiblePerson; }
        public void setResponsiblePerson(String responsiblePerson) { this.responsiblePerson = responsiblePerson; }
        public Integer getCheckCycle() { return checkCycle; }
        public void setCheckCycle(Integer checkCycle) { this.checkCycle = checkCycle; }
        public CheckCycleUnit getCheckCycleUnit() { return checkCycleUnit; }
        public void setCheckCycleUnit(CheckCycleUnit checkCycleUnit) { this.checkCycleUnit = checkCycleUnit; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }
}
