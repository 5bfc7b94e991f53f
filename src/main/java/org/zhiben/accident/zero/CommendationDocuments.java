package org.zhiben.accident.zero;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.zhiben.common.document.DocxWriter;

/** The year's 通报表扬 list as a Word document on A4 (portrait), on the kernel's toolkit. */
final class CommendationDocuments {

    private CommendationDocuments() {
    }

    static String fileName(ZeroAccidents.CampaignView c, int year) {
        return year + "年度“零事故”创建通报表扬名单 " + c.regionName();
    }

    static void docx(ZeroAccidents.CampaignView c, int year, List<ZeroTeams.CommendationView> list,
            Map<String, String> countyNames, java.time.LocalDate issuedOn, OutputStream out) throws IOException {
        try (DocxWriter doc = DocxWriter.portrait()) {
            DocxWriter.Table table = doc.title(year + "年度“零事故”村(社区)、企事业单位通报表扬名单")
                    .text(c.title() + (c.documentNo() == null ? "" : "(" + c.documentNo() + ")"))
                    .text(list.isEmpty() ? "经验收认定," + year + "年度暂无达到“零事故”创建标准、予以通报表扬的单位。"
                            : "经验收认定,下列" + list.size() + "个单位" + year + "年度达到“零事故”创建标准,予以通报表扬。")
                    .table(List.of(DocxWriter.Column.number("序号", 1), DocxWriter.Column.text("县(市区)", 3),
                            DocxWriter.Column.text("单位名称", 5), DocxWriter.Column.text("类型", 2),
                            DocxWriter.Column.text("表扬理由", 7)));
            int n = 0;
            for (ZeroTeams.CommendationView k : list) {
                table.row(String.valueOf(++n), countyNames.getOrDefault(k.countyCode(), k.countyCode()),
                        k.unitName(), k.unitTypeLabel(), k.reason());
            }
            DocxWriter d = table.end();
            if (list.isEmpty()) {
                d.text("暂无通报表扬的单位。");
            }
            // who issues it and when, as a notice ends
            d.signatures(c.issuer() == null || c.issuer().isBlank() ? c.regionName() + "安全生产委员会办公室" : c.issuer(),
                    issuedOn.getYear() + "年" + issuedOn.getMonthValue() + "月" + issuedOn.getDayOfMonth() + "日");
            doc.write(out);
        }
    }
}
