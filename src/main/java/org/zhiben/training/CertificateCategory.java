package org.zhiben.training;

import org.zhiben.common.Labelled;

/** The kind of a certificate type. */
public enum CertificateCategory implements Labelled {
    SPECIAL("特种作业操作证"),
    PRINCIPAL("主要负责人合格证"),
    SAFETY_MANAGER("安全管理人员合格证"),
    OTHER("其他");

    private final String label;

    CertificateCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
