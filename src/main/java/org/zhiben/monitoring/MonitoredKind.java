package org.zhiben.monitoring;

import org.zhiben.common.Labelled;

/**
 * Kinds of enterprise that seed 003 requires to be covered by 安全风险监测预警 by 2025-12-31. The registry's sectors
 * cannot tell them apart (钢铁 and 铝加工 share 冶金工贸 with all metallurgy), so each enterprise's duty is recorded
 * in this module ({@code monitoring_duty}) by an official in scope or by the enterprise itself.
 */
public enum MonitoredKind implements Labelled {
    HAZCHEM_MAJOR_SOURCE("危化品重大危险源"),
    COAL_MINE("煤矿"),
    STEEL("钢铁"),
    ALUMINIUM_DEEP_WELL("铝加工(深井铸造)"),
    DUST_EXPLOSION("重点粉尘涉爆");

    private final String label;

    MonitoredKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
