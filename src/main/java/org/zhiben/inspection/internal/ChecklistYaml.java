package org.zhiben.inspection.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.hazard.HazardType;
import org.zhiben.inspection.TemplateView;

/**
 * The checklist exchange format (docs/inspection-checklists.md): a YAML document with one template (code, name,
 * sectors, description, items) or {@code templates:} with a list of them. Parsed with SnakeYAML's safe constructor
 * (plain maps, lists and scalars; no aliases; size capped), then checked field by field.
 */
public final class ChecklistYaml {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ITEMS = 500;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.()\\-_]{0,31}");

    /** A parsed template before it is stored. */
    public record Parsed(String code, String name, Set<String> sectors, String description, List<ParsedItem> items) {
    }

    public record ParsedItem(String code, String content, String basisDocument, String basisArticle, boolean major,
            HazardType type) {
    }

    private ChecklistYaml() {
    }

    public static List<Parsed> parse(String text, Set<String> knownSectors) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("file", "文件为空");
        }
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            options.setCodePointLimit(MAX_BYTES);
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new InvalidInputException("file", "不是有效的 YAML 文件:" + firstLine(e.getMessage()));
        }
        List<Object> documents = new ArrayList<>();
        if (root instanceof Map<?, ?> map && map.containsKey("templates")) {
            if (!(map.get("templates") instanceof List<?> list) || list.isEmpty()) {
                throw new InvalidInputException("templates", "templates 应为非空列表");
            }
            documents.addAll(list);
        } else if (root instanceof Map<?, ?>) {
            documents.add(root);
        } else {
            throw new InvalidInputException("file", "文件应包含一个检查表(code、name、items)或 templates 列表");
        }
        List<FieldViolation> v = new ArrayList<>();
        List<Parsed> result = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int t = 0; t < documents.size(); t++) {
            String p = documents.size() == 1 ? "" : "templates[" + t + "].";
            if (!(documents.get(t) instanceof Map<?, ?> doc)) {
                v.add(new FieldViolation(p + "code", "检查表应为键值对象"));
                continue;
            }
            Parsed parsed = template(doc, p, knownSectors, v);
            if (parsed != null && !codes.add(parsed.code())) {
                v.add(new FieldViolation(p + "code", "检查表编码重复:" + parsed.code()));
            }
            result.add(parsed);
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return result;
    }

    private static Parsed template(Map<?, ?> doc, String p, Set<String> knownSectors, List<FieldViolation> v) {
        String code = text(doc.get("code"));
        if (code == null || !CODE.matcher(code).matches()) {
            v.add(new FieldViolation(p + "code", "编码应为1–64位字母、数字、点、下划线或连字符"));
        }
        String name = text(doc.get("name"));
        if (name == null || name.length() > 200) {
            v.add(new FieldViolation(p + "name", "名称不能为空且不超过200个字符"));
        }
        String description = text(doc.get("description"));
        if (description != null && description.length() > 2000) {
            v.add(new FieldViolation(p + "description", "说明不能超过2000个字符"));
        }
        Set<String> sectors = new LinkedHashSet<>();
        Object rawSectors = doc.get("sectors");
        if (rawSectors != null && !(rawSectors instanceof List<?>)) {
            v.add(new FieldViolation(p + "sectors", "sectors 应为行业领域代码列表,如 [\"03\"];留空表示所有行业"));
        } else if (rawSectors != null) {
            for (Object s : (List<?>) rawSectors) {
                String code2 = text(s);
                if (code2 == null || !knownSectors.contains(code2)) {
                    v.add(new FieldViolation(p + "sectors", "未知的行业领域代码:" + s));
                } else {
                    sectors.add(code2);
                }
            }
        }
        List<ParsedItem> items = new ArrayList<>();
        if (!(doc.get("items") instanceof List<?> rawItems) || rawItems.isEmpty()) {
            v.add(new FieldViolation(p + "items", "检查表至少要有一项检查内容"));
        } else if (rawItems.size() > MAX_ITEMS) {
            v.add(new FieldViolation(p + "items", "检查项不能超过" + MAX_ITEMS + "项"));
        } else {
            Set<String> itemCodes = new LinkedHashSet<>();
            for (int i = 0; i < rawItems.size(); i++) {
                String q = p + "items[" + i + "].";
                if (!(rawItems.get(i) instanceof Map<?, ?> item)) {
                    v.add(new FieldViolation(q + "content", "检查项应为键值对象"));
                    continue;
                }
                String itemCode = text(item.get("code"));
                if (itemCode == null) {
                    itemCode = String.valueOf(i + 1);
                }
                if (!ITEM_CODE.matcher(itemCode).matches()) {
                    v.add(new FieldViolation(q + "code", "检查项编号应为1–32位字母、数字或 .()-_"));
                } else if (!itemCodes.add(itemCode)) {
                    v.add(new FieldViolation(q + "code", "检查项编号重复:" + itemCode));
                }
                String content = text(item.get("content"));
                if (content == null || content.length() > 1000) {
                    v.add(new FieldViolation(q + "content", "检查内容不能为空且不超过1000个字符"));
                }
                String document = null;
                String article = null;
                Object basis = item.get("basis");
                if (basis instanceof Map<?, ?> b) {
                    document = text(b.get("document"));
                    article = text(b.get("article"));
                } else if (basis != null) {
                    document = text(basis);
                }
                if (document != null && document.length() > 200) {
                    v.add(new FieldViolation(q + "basis.document", "依据文件不能超过200个字符"));
                }
                if (article != null && (article.length() > 100 || document == null)) {
                    v.add(new FieldViolation(q + "basis.article", "条款不超过100个字符,且须同时写明依据文件"));
                }
                Object major = item.get("major");
                if (major != null && !(major instanceof Boolean)) {
                    v.add(new FieldViolation(q + "major", "major 应为 true 或 false"));
                }
                HazardType type = HazardType.SAFETY;
                if (item.get("type") != null) {
                    try {
                        type = HazardType.valueOf(text(item.get("type")));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        v.add(new FieldViolation(q + "type", "隐患类型应为 SAFETY、PROCESS、ELECTRICAL、INSTRUMENT、FIRE、"
                                + "LAYOUT、EQUIPMENT 或 OTHER"));
                    }
                }
                items.add(new ParsedItem(itemCode, content, document, article, Boolean.TRUE.equals(major), type));
            }
        }
        return new Parsed(code, name, sectors, description, items);
    }

    /** The exchange format of one or more templates. */
    public static String write(List<TemplateView> templates) {
        List<Object> out = new ArrayList<>();
        for (TemplateView t : templates) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", t.code());
            m.put("name", t.name());
            m.put("sectors", new ArrayList<>(t.sectors()));
            if (t.description() != null) {
                m.put("description", t.description());
            }
            List<Object> items = new ArrayList<>();
            for (TemplateView.Item i : t.items()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("code", i.code());
                item.put("content", i.content());
                if (i.basisDocument() != null) {
                    Map<String, Object> basis = new LinkedHashMap<>();
                    basis.put("document", i.basisDocument());
                    if (i.basisArticle() != null) {
                        basis.put("article", i.basisArticle());
                    }
                    item.put("basis", basis);
                }
                item.put("major", i.major());
                item.put("type", i.hazardType());
                items.add(item);
            }
            m.put("items", items);
            out.add(m);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        Yaml yaml = new Yaml(new Representer(options), options);
        return yaml.dump(out.size() == 1 ? out.get(0) : Map.of("templates", out));
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        String s = String.valueOf(o).strip();
        return s.isEmpty() ? null : s;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
