package org.zhiben.accident.rootcause;

import org.zhiben.common.Labelled;

/** The four aspects a root cause is looked for in (seed 000: 从“人、机、环、管”等方面查找漏洞和薄弱环节). */
public enum CauseFactor implements Labelled {
    PERSON("人"),
    MACHINE("机"),
    ENVIRONMENT("环"),
    MANAGEMENT("管");

    private final String label;

    CauseFactor(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
