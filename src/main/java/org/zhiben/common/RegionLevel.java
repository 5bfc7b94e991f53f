package org.zhiben.common;

/** Levels of the statistical division code, with the length of the significant prefix. */
public enum RegionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWN(9), VILLAGE(12);

    private final int prefixLength;

    RegionLevel(int prefixLength) {
        this.prefixLength = prefixLength;
    }

    public int prefixLength() {
        return prefixLength;
    }

    public static RegionLevel ofDepth(int depth) {
        return values()[depth - 1];
    }

    public int depth() {
        return ordinal() + 1;
    }
}
