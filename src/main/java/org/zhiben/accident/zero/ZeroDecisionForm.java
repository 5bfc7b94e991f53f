package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The 认定 form: the version seen, pass or fail, the items of the standard ticked as met, a note. */
public class ZeroDecisionForm {

    private Long version;
    private @Size(max = 16) String decision;
    private @Size(max = 20) List<@Size(max = 8) String> met = new ArrayList<>();
    private @Size(max = 2000) String note;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public List<String> getMet() { return met; }
    public void setMet(List<String> met) { this.met = met == null ? new ArrayList<>() : met; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
