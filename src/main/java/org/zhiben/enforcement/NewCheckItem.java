package org.zhiben.enforcement;

import java.util.Set;

/** A 随机抽查事项 with its legal basis. */
public record NewCheckItem(String code, String name, String basis, String subject, Set<String> sectors) {

    public NewCheckItem {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }
}
