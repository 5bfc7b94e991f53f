package org.zhiben.enforcement;

import jakarta.validation.constraints.Size;
import java.util.Set;

/** A 随机抽查事项 with its legal basis. */
public record NewCheckItem(@Size(max = 20) String code, @Size(max = 200) String name, @Size(max = 500) String basis, @Size(max = 200) String subject, Set<@Size(max = 200) String> sectors) {

    public NewCheckItem {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }
}
