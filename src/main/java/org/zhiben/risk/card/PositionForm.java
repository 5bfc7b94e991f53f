package org.zhiben.risk.card;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** The position form; {@code version} is the one the form was read at. */
public class PositionForm {

    private @Size(max = 100) String name;
    private List<UUID> unitIds = new ArrayList<>();
    private @Size(max = 4000) String responsibilities;
    private @Size(max = 4000) String operatingSteps;
    private @Size(max = 4000) String emergencySteps;
    private long version;

    static PositionForm of(PositionData d, long version) {
        PositionForm f = new PositionForm();
        f.name = d.name();
        f.unitIds = new ArrayList<>(d.unitIds());
        f.responsibilities = d.responsibilities();
        f.operatingSteps = d.operatingSteps();
        f.emergencySteps = d.emergencySteps();
        f.version = version;
        return f;
    }

    PositionData toData() {
        return new PositionData(name, unitIds == null ? null : new LinkedHashSet<>(unitIds), responsibilities,
                operatingSteps, emergencySteps);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<UUID> getUnitIds() { return unitIds; }
    public void setUnitIds(List<UUID> unitIds) { this.unitIds = unitIds; }
    public String getResponsibilities() { return responsibilities; }
    public void setResponsibilities(String responsibilities) { this.responsibilities = responsibilities; }
    public String getOperatingSteps() { return operatingSteps; }
    public void setOperatingSteps(String operatingSteps) { this.operatingSteps = operatingSteps; }
    public String getEmergencySteps() { return emergencySteps; }
    public void setEmergencySteps(String emergencySteps) { this.emergencySteps = emergencySteps; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
