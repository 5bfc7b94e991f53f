package org.zhiben.risk.inventory;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.zhiben.risk.AssessmentData;
import org.zhiben.risk.AssessmentKind;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.DirectBasis;

/** The assessment form: kind, method, one field per factor name, and the direct-judgment basis. */
public class AssessmentForm {

    private AssessmentKind kind = AssessmentKind.INHERENT;
    private AssessmentMethod method = AssessmentMethod.LEC;
    private BigDecimal l;
    private BigDecimal e;
    private BigDecimal c;
    private BigDecimal s;
    private BigDecimal m;
    private DirectBasis directBasis;
    private @Size(max = 500) String directCriterion;

    AssessmentData toData() {
        Map<String, BigDecimal> inputs = new HashMap<>();
        inputs.put("l", l);
        inputs.put("e", e);
        inputs.put("c", c);
        inputs.put("s", s);
        inputs.put("m", m);
        return new AssessmentData(kind, method, inputs, directBasis, directCriterion);
    }

    /** The value chosen for a factor (the template asks by name). */
    public BigDecimal value(String factor) {
        return toData().inputs().get(factor);
    }

    public AssessmentKind getKind() { return kind; }
    public void setKind(AssessmentKind kind) { this.kind = kind; }
    public AssessmentMethod getMethod() { return method; }
    public void setMethod(AssessmentMethod method) { this.method = method; }
    public BigDecimal getL() { return l; }
    public void setL(BigDecimal l) { this.l = l; }
    public BigDecimal getE() { return e; }
    public void setE(BigDecimal e) { this.e = e; }
    public BigDecimal getC() { return c; }
    public void setC(BigDecimal c) { this.c = c; }
    public BigDecimal getS() { return s; }
    public void setS(BigDecimal s) { this.s = s; }
    public BigDecimal getM() { return m; }
    public void setM(BigDecimal m) { this.m = m; }
    public DirectBasis getDirectBasis() { return directBasis; }
    public void setDirectBasis(DirectBasis directBasis) { this.directBasis = directBasis; }
    public String getDirectCriterion() { return directCriterion; }
    public void setDirectCriterion(String directCriterion) { this.directCriterion = directCriterion; }
}
