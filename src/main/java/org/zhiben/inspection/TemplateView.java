package org.zhiben.inspection;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A checklist template (检查表) with its items; {@code sectors} empty means every sector. */
public record TemplateView(UUID id, String code, String name, Set<String> sectors, String description,
        boolean builtin, long version, List<Item> items) {

    /** One item; failing a {@code major} item is a 重大事故隐患. */
    public record Item(UUID id, String code, int position, String content, String basisDocument,
            String basisArticle, boolean major, String hazardType) {

        public String basis() {
            if (basisDocument == null) {
                return "";
            }
            return "《" + basisDocument + "》" + (basisArticle == null ? "" : basisArticle);
        }
    }

    public long majorCount() {
        return items.stream().filter(Item::major).count();
    }
}
