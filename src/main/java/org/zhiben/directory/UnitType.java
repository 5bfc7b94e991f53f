package org.zhiben.directory;

import java.util.Optional;

/** The 11 unit types of the zero-accident statistics table (seed 004, 附表1). */
public enum UnitType implements Labelled {
    VILLAGE("村(社区)"), SCHOOL("学校(含幼儿园)"), HOSPITAL("医院"), SCENIC_AREA("景区"), MARKET("市(商)场"),
    FACTORY_MINE("厂矿(企业)"), STATION("车站"), AIRPORT("机场"), BUSINESS_OUTLET("营业网点"),
    RELIGIOUS_SITE("宗教场所"), OTHER("其它");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<UnitType> fromLabel(String text) {
        return Labelled.fromLabel(UnitType.class, text);
    }
}
