package org.zhiben.common;

import java.time.ZoneId;

/** Stored times are UTC; display and deadlines are computed in China Standard Time. */
public final class Zones {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }
}
