package org.zhiben.expert;

import org.zhiben.common.Labelled;

/** Hazard types an expert is qualified for (beside the sectors). */
public enum Speciality implements Labelled {
    CHEMICAL("危险化学品"), DUST("粉尘涉爆"), CONFINED_SPACE("有限空间"), METALLURGY("金属冶炼"), AMMONIA("涉氨制冷"),
    GAS("燃气"), MINING("矿山"), CONSTRUCTION("建筑施工"), FIRE("消防"), ELECTRICAL("电气"),
    SPECIAL_EQUIPMENT("特种设备"), MANAGEMENT("安全管理体系");

    private final String label;

    Speciality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
