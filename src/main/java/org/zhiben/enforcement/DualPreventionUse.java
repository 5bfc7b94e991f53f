package org.zhiben.enforcement;

import java.time.LocalDate;
import org.zhiben.common.SqlFragment;

/**
 * What 建成 and 在用 mean for an enterprise's dual-prevention system (双重预防体系), as SQL conditions over an
 * enterprise id column. The definitions are the dashboards' (建成率 and 在线填报率), so the 应建未建、建而不用 list
 * never disagrees with them; the module that keeps those figures implements this interface (insight, which may depend
 * on enforcement while enforcement may not depend on it).
 */
public interface DualPreventionUse {

    /** The enterprise has built its system: the numerator of 建成率 (an assessed risk inventory). */
    SqlFragment built(String enterpriseIdColumn);

    /** The enterprise reported an inspection online on a day from {@code from} to {@code to} (在线填报率). */
    SqlFragment used(String enterpriseIdColumn, LocalDate from, LocalDate to);
}
