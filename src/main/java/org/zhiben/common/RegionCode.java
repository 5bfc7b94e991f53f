package org.zhiben.common;

import java.util.Objects;

/**
 * A 12-digit statistical division code: province 2 · city 2 · county 2 · town 3 · village 3.
 * Once a segment is zero all later ones are zero; town segments are 001–399 (街道 001–099, 镇 100–199,
 * 乡 200–399) and village segments 001–399 (居委会 001–199, 村委会 200–399).
 * A jurisdiction is the code's significant prefix: every code in it lies in {@link #rangeLow()}..{@link #rangeHigh()}.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    private static final int[] SEGMENT_ENDS = {2, 4, 6, 9, 12};

    public RegionCode {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /** Why the text is not a valid code, in Chinese, or {@code null}. */
    public static String problem(String value) {
        if (value == null || value.isEmpty()) {
            return "区划代码不能为空";
        }
        if (value.length() != 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "区划代码应为12位数字";
        }
        boolean ended = false;
        int start = 0;
        for (int i = 0; i < SEGMENT_ENDS.length; i++) {
            int segment = Integer.parseInt(value.substring(start, SEGMENT_ENDS[i]));
            if (segment == 0) {
                if (i == 0) {
                    return "省级代码不能为00";
                }
                ended = true;
            } else if (ended) {
                return "区划代码结构错误:上级段为0时下级段必须为0";
            } else if (i >= 3 && segment > 399) {
                return i == 3 ? "乡级代码应在001–399之间" : "村级代码应在001–399之间";
            }
            start = SEGMENT_ENDS[i];
        }
        return null;
    }

    public RegionLevel level() {
        int depth = 0;
        int start = 0;
        for (int end : SEGMENT_ENDS) {
            if (Integer.parseInt(value.substring(start, end)) == 0) {
                break;
            }
            depth++;
            start = end;
        }
        return RegionLevel.ofDepth(depth);
    }

    /** The significant prefix: 14 for a province, 140403 for a county. */
    public String prefix() {
        return value.substring(0, level().prefixLength());
    }

    public String rangeLow() {
        return pad(prefix(), '0');
    }

    public String rangeHigh() {
        return pad(prefix(), '9');
    }

    /**
     * The highest code of a record placed at this region itself rather than inside one of its sub-regions (a
     * ranking's "(直属)" row): {@link #rangeLow()} up to this. A village has no sub-regions: its whole range.
     */
    public String directRangeHigh() {
        RegionLevel level = level();
        int child = level == RegionLevel.VILLAGE ? level.prefixLength()
                : RegionLevel.ofDepth(level.depth() + 1).prefixLength();
        return pad(value.substring(0, child), '9');
    }

    /** Whether {@code other} lies inside this jurisdiction (itself included). */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(prefix());
    }

    public boolean contains(String otherCode) {
        return otherCode != null && otherCode.startsWith(prefix());
    }

    /** The code of the structural parent (null for a province). */
    public RegionCode parent() {
        RegionLevel level = level();
        if (level == RegionLevel.PROVINCE) {
            return null;
        }
        RegionLevel up = RegionLevel.ofDepth(level.depth() - 1);
        return new RegionCode(pad(value.substring(0, up.prefixLength()), '0'));
    }

    private static String pad(String prefix, char fill) {
        return prefix + String.valueOf(fill).repeat(12 - prefix.length());
    }

    @Override
    public int compareTo(RegionCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
