package org.zhiben.hazard.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.document.PrintedPages;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;

/** The 隐患台账 as an official prints it: every column on the page width, the header on every page. */
class LedgerXlsxPrintTest {

    @Test
    void theLedgerPrintsOnA4LandscapeWithNoColumnCutOffFromItsHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LedgerXlsx xlsx = new LedgerXlsx("范围:测试县", "发现日期:2024-01-01 至 2024-06-30")) {
            for (int i = 0; i < 150; i++) {
                xlsx.add(new HazardRow(UUID.randomUUID(), UUID.randomUUID(), "测试化工有限公司" + i, "990101001000",
                        "02", HazardSource.DAILY, i % 7 == 0 ? HazardLevel.MAJOR : HazardLevel.GENERAL,
                        HazardState.REPORTED, HazardType.SAFETY, "配电室门口堆放杂物,灭火器压力不足,疏散通道被占用(第" + i + "项)",
                        "一号车间", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), null, false, i % 7 == 0,
                        "张三", new BigDecimal("1200.50"), false, null));
            }
            xlsx.write(out);
        }
        PrintedPages pages = PrintedPages.print(out.toByteArray(), "xlsx");
        assertThat(pages.count()).isGreaterThan(1);
        pages.allA4(true).headersOnEveryPage(LedgerXlsx.HEADERS);
        assertThat(pages.page(1)).contains("事故隐患排查治理台账").contains("范围:测试县").contains("1,200.50")
                .contains("2024-06-01");
    }
}
