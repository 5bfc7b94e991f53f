package org.zhiben.hazard.workflow;

import org.springframework.modulith.NamedInterface;
import org.zhiben.common.Labelled;

/** Everything a user can do to a hazard; {@link Hazard#allowedActions} answers which ones a given actor may do now. */
@NamedInterface(name = "workflow", propagate = false)
public enum HazardAction implements Labelled {
    CONFIRM("确认并下达五定"),
    REJECT("驳回"),
    START("开始整改"),
    SUBMIT("提交验收"),
    ACCEPT("验收销号"),
    FAIL("验收不通过"),
    EDIT_PLAN("填写重大隐患报告和治理方案"),
    ADD_PHOTO("补充照片"),
    REQUEST_EXTENSION("申请延期"),
    DECIDE_EXTENSION("审批延期"),
    SIGN("签字"),
    SUPERVISE("挂牌督办"),
    RECORD_ASSESSMENT("记录治理效果评估"),
    APPLY_CLOSURE("提交核销申请"),
    REVIEW("县级领导审核"),
    CONFIRM_ESCALATION("确认督促措施"),
    DECLINE_ESCALATION("暂不采取督促措施");

    private final String label;

    HazardAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
