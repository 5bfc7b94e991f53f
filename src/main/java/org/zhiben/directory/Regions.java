package org.zhiben.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.directory.internal.Region;
import org.zhiben.directory.internal.RegionRepository;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/** The region tree: browsing within the caller's scope, and the all-or-nothing CSV import. */
@Service
public class Regions {

    public static final int MAX_CSV_ROWS = 1_000_000;

    private final RegionRepository regions;
    private final DataScopes scopes;
    private final AuditTrail audit;

    Regions(RegionRepository regions, DataScopes scopes, AuditTrail audit) {
        this.regions = regions;
        this.scopes = scopes;
        this.audit = audit;
    }

    public record RegionView(String code, String name, String parentCode, int level) {
    }

    @Transactional(readOnly = true)
    public Optional<RegionView> find(String code) {
        return regions.findById(code).map(Regions::view);
    }

    /** Children of a region the caller may navigate, limited to those overlapping the caller's jurisdiction. */
    @Transactional(readOnly = true)
    public List<RegionView> children(String code) {
        DataScope scope = scopes.current();
        if (!RegionCode.isValid(code) || !scope.canNavigate(RegionCode.of(code)) || !regions.existsById(code)) {
            throw new NotFoundException("区划");
        }
        return regions.findByParentCodeOrderByCode(code).stream()
                .filter(r -> scope.canNavigate(RegionCode.of(r.getCode()))).map(Regions::view).toList();
    }

    /** The top of the caller's jurisdiction (the roots of the tree for administrators). */
    @Transactional(readOnly = true)
    public List<RegionView> roots() {
        DataScope scope = scopes.current();
        return switch (scope.kind()) {
            case ALL -> regions.findByParentCodeIsNullOrderByCode().stream().map(Regions::view).toList();
            case JURISDICTION -> regions.findById(scope.region().value()).map(Regions::view).stream().toList();
            default -> List.of();
        };
    }

    /** Ancestors of a region (province first) that the caller may navigate, the region itself last. */
    @Transactional(readOnly = true)
    public List<RegionView> path(String code) {
        DataScope scope = scopes.current();
        List<String> chain = new ArrayList<>();
        for (RegionCode c = RegionCode.of(code); c != null; c = c.parent()) {
            if (scope.canNavigate(c) && (scope.kind() != DataScope.Kind.JURISDICTION || scope.region().contains(c))) {
                chain.add(0, c.value());
            }
        }
        Map<String, Region> found = new HashMap<>();
        regions.findAllById(chain).forEach(r -> found.put(r.getCode(), r));
        return chain.stream().filter(found::containsKey).map(c -> view(found.get(c))).toList();
    }

    /**
     * Imports {@code code,name,parent_code} rows (header optional, UTF-8). Checks each code's structure, that no
     * parent chain loops, and that every parent exists (in the file or the tree) and is an ancestor of the code.
     * Saves everything or nothing.
     */
    @Transactional
    public RegionImportReport importCsv(InputStream csv) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        Map<String, Integer> rowNumbers = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || (n == 1 && line.toLowerCase().startsWith("code"))) {
                    continue;
                }
                if (rows.size() >= MAX_CSV_ROWS) {
                    errors.add(new RowError(n, "", "行数超过上限 " + MAX_CSV_ROWS));
                    break;
                }
                String[] cols = line.split(",", -1);
                if (cols.length != 3) {
                    errors.add(new RowError(n, "", "应为3列:code,name,parent_code"));
                    continue;
                }
                String code = cols[0].strip();
                String name = cols[1].strip();
                String parent = cols[2].strip();
                String problem = RegionCode.problem(code);
                if (problem != null) {
                    errors.add(new RowError(n, "code", problem));
                    continue;
                }
                if (name.isEmpty() || name.length() > 100) {
                    errors.add(new RowError(n, "name", "名称不能为空且不超过100个字符"));
                    continue;
                }
                if (!parent.isEmpty() && RegionCode.problem(parent) != null) {
                    errors.add(new RowError(n, "parent_code", RegionCode.problem(parent)));
                    continue;
                }
                if (rows.containsKey(code)) {
                    errors.add(new RowError(n, "code", "代码重复(第" + rowNumbers.get(code) + "行已有)"));
                    continue;
                }
                rows.put(code, new String[] {name, parent});
                rowNumbers.put(code, n);
            }
        }
        Map<String, String> parentOf = new HashMap<>();
        rows.forEach((code, r) -> parentOf.put(code, r[1].isEmpty() ? null : r[1]));
        for (String code : rows.keySet()) {
            int row = rowNumbers.get(code);
            if (inCycle(code, parentOf)) {
                errors.add(new RowError(row, "parent_code", "上级关系形成循环"));
                continue;
            }
            String parent = parentOf.get(code);
            RegionCode rc = RegionCode.of(code);
            if (parent == null) {
                if (rc.level() != org.zhiben.common.RegionLevel.PROVINCE) {
                    errors.add(new RowError(row, "parent_code", "非省级区划必须填写上级代码"));
                }
                continue;
            }
            RegionCode pc = RegionCode.of(parent);
            if (pc.level().depth() >= rc.level().depth() || !pc.contains(rc)) {
                errors.add(new RowError(row, "parent_code", "上级代码 " + parent + " 不是 " + code + " 的上级区划"));
            } else if (!rows.containsKey(parent) && !regions.existsById(parent)) {
                errors.add(new RowError(row, "parent_code", "上级区划不存在(孤儿记录):" + parent));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
            return new RegionImportReport(rows.size() + errors.size(), 0, errors);
        }
        Map<String, Region> existing = new HashMap<>();
        regions.findAllById(rows.keySet()).forEach(r -> existing.put(r.getCode(), r));
        List<Region> toSave = new ArrayList<>();
        rows.forEach((code, r) -> {
            Region region = existing.get(code);
            if (region == null) {
                toSave.add(new Region(RegionCode.of(code), r[0], parentOf.get(code)));
            } else if (!region.getName().equals(r[0]) || !java.util.Objects.equals(region.getParentCode(), parentOf.get(code))) {
                region.rename(r[0], parentOf.get(code));
                toSave.add(region);
            }
        });
        regions.saveAll(toSave);
        audit.record(new AuditRecord("IMPORT", "Region", "csv", "导入区划 " + rows.size() + " 行,新增或更新 "
                + toSave.size() + " 个", null, Map.of("rows", rows.size(), "saved", toSave.size())));
        return new RegionImportReport(rows.size(), toSave.size(), List.of());
    }

    private static boolean inCycle(String start, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        String current = start;
        while (current != null) {
            if (!seen.add(current)) {
                return true;
            }
            current = parentOf.get(current);
        }
        return false;
    }

    private static RegionView view(Region r) {
        return new RegionView(r.getCode(), r.getName(), r.getParentCode(), r.getLevel());
    }
}
