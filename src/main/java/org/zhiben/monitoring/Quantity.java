package org.zhiben.monitoring;

import org.zhiben.common.Labelled;

/** What a point measures, with the usual unit offered on the form. */
public enum Quantity implements Labelled {
    LEVEL("液位", "m"),
    TEMPERATURE("温度", "℃"),
    PRESSURE("压力", "MPa"),
    FLAMMABLE_GAS("可燃气体浓度", "%LEL"),
    TOXIC_GAS("有毒气体浓度", "ppm"),
    FLOW("流量", "m³/h"),
    OTHER("其他", "");

    private final String label;
    private final String usualUnit;

    Quantity(String label, String usualUnit) {
        this.label = label;
        this.usualUnit = usualUnit;
    }

    public String label() {
        return label;
    }

    public String usualUnit() {
        return usualUnit;
    }
}
