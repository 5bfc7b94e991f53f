package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.common.Labelled;

/**
 * One date of a campaign's reporting calendar: what is due ({@link Kind}) and by when. {@code code} is unique in a
 * campaign (CONTACTS, PLAN, SURVEY, MIDYEAR-2020, ANNUAL-2020 …).
 */
public record Deadline(@Size(max = 32) String code, Kind kind, @Size(max = 200) String title, LocalDate dueDate) {

    public enum Kind implements Labelled {
        CONTACTS("附表2 联络员名单"),
        PLAN("创建工作实施方案"),
        SURVEY("附表1 调查摸底情况"),
        MIDYEAR("年中创建整体情况和进展(含附表1)"),
        ANNUAL("年度创建整体情况和进展(含附表1)"),
        OTHER("其他报送事项");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether a submission for it carries 附表1's figures. */
        public boolean carriesTable1() {
            return this == SURVEY || this == MIDYEAR || this == ANNUAL;
        }
    }

    /**
     * Seed 004's calendar (§八(六)): 附表2 by 05-10, the 实施方案 by 05-15 and 附表1 by 06-25 of the first year;
     * then each campaign year's progress by 07-15 and the next year's 01-15.
     */
    public static List<Deadline> seed004(int firstYear, int lastYear) {
        List<Deadline> d = new ArrayList<>();
        d.add(new Deadline("CONTACTS", Kind.CONTACTS, "报送分管负责人和联络员名单(附表2)", LocalDate.of(firstYear, 5, 10)));
        d.add(new Deadline("PLAN", Kind.PLAN, "报送本辖区、本部门“零事故”创建工作实施方案", LocalDate.of(firstYear, 5, 15)));
        d.add(new Deadline("SURVEY", Kind.SURVEY, "报送“零事故”创建调查摸底情况(附表1)", LocalDate.of(firstYear, 6, 25)));
        for (int y = firstYear; y <= lastYear; y++) {
            d.add(new Deadline("MIDYEAR-" + y, Kind.MIDYEAR, y + "年创建单位整体情况和创建工作进展(年中)",
                    LocalDate.of(y, 7, 15)));
            d.add(new Deadline("ANNUAL-" + y, Kind.ANNUAL, y + "年创建单位整体情况和创建工作进展(全年)",
                    LocalDate.of(y + 1, 1, 15)));
        }
        return d;
    }
}
