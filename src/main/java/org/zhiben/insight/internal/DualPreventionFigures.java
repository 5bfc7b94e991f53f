package org.zhiben.insight.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhiben.common.SqlFragment;
import org.zhiben.enforcement.DualPreventionUse;
import org.zhiben.insight.EnterpriseFigure;

/**
 * The dashboards' definitions of 建成 ({@link EnterpriseFigure#WITH_INVENTORY}, the numerator of 建成率) and of
 * online reporting ({@link EnterpriseFigure#REPORTING}, the numerator of 在线填报率) as conditions on one enterprise,
 * over insight's own per-enterprise rows, for enforcement's 应建未建、建而不用 list.
 */
@Component
class DualPreventionFigures implements DualPreventionUse {

    @Override
    public SqlFragment built(String enterpriseIdColumn) {
        return SqlFragment.of("exists (select 1 from insight_enterprise ie where ie.enterprise_id = "
                + enterpriseIdColumn + " and " + EnterpriseFigure.WITH_INVENTORY.condition() + ")");
    }

    @Override
    public SqlFragment used(String enterpriseIdColumn, LocalDate from, LocalDate to) {
        return SqlFragment.of("exists (select 1 from insight_inspection_day d where d.enterprise_id = "
                + enterpriseIdColumn + " and " + EnterpriseFigure.REPORTING.condition() + ")", from, to);
    }
}
