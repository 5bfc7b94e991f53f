package org.zhiben.monitoring.web;

import jakarta.validation.constraints.Size;

/** A step on an alarm from its page. */
public class AlarmForm {

    private Long version;
    private @Size(max = 64) String action;
    private @Size(max = 2000) String measures;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }
}
