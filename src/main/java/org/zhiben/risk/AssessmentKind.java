package org.zhiben.risk;

/** Whether an assessment grades the risk before controls (固有) or with the control measures in place (管控后). */
public enum AssessmentKind {
    INHERENT, RESIDUAL
}
