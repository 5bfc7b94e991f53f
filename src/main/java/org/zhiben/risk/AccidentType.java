package org.zhiben.risk;

import org.zhiben.common.Labelled;

/** The 20 accident categories of GB 6441-1986 (企业职工伤亡事故分类), with their codes. */
public enum AccidentType implements Labelled {
    OBJECT_STRIKE("01", "物体打击"),
    VEHICLE_INJURY("02", "车辆伤害"),
    MECHANICAL_INJURY("03", "机械伤害"),
    LIFTING_INJURY("04", "起重伤害"),
    ELECTROCUTION("05", "触电"),
    DROWNING("06", "淹溺"),
    SCALD_BURN("07", "灼烫"),
    FIRE("08", "火灾"),
    FALL_FROM_HEIGHT("09", "高处坠落"),
    COLLAPSE("10", "坍塌"),
    ROOF_FALL("11", "冒顶片帮"),
    WATER_INRUSH("12", "透水"),
    BLASTING("13", "放炮"),
    EXPLOSIVE_EXPLOSION("14", "火药爆炸"),
    GAS_EXPLOSION("15", "瓦斯爆炸"),
    BOILER_EXPLOSION("16", "锅炉爆炸"),
    VESSEL_EXPLOSION("17", "容器爆炸"),
    OTHER_EXPLOSION("18", "其他爆炸"),
    POISONING_ASPHYXIA("19", "中毒和窒息"),
    OTHER_INJURY("20", "其他伤害");

    private final String code;
    private final String label;

    AccidentType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
