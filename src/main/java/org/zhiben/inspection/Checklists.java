package org.zhiben.inspection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.Ids;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.SectorSet;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.inspection.internal.ChecklistYaml;
import org.zhiben.inspection.internal.InspectionAccess;

/**
 * The checklist library (一行业一清单): templates with items, each with its basis (document and article) and whether
 * failing it is a 重大事故隐患. Everyone signed in reads it; administrators import and replace templates in the YAML
 * exchange format, so new sector lists are data, not code. Re-importing a code replaces its items (records keep the
 * item texts they were answered with).
 */
@Service
public class Checklists {

    static final String ENTITY = "InspectionTemplate";

    private final JdbcTemplate jdbc;
    private final SectorCatalog sectors;
    private final AuditTrail audit;
    private final Clock clock;

    Checklists(JdbcTemplate jdbc, SectorCatalog sectors, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.sectors = sectors;
        this.audit = audit;
        this.clock = clock;
    }

    /** All templates, or those for a sector (including the ones for every sector). */
    @Transactional(readOnly = true)
    public List<TemplateView> list(String sector) {
        List<TemplateView> all = load("select * from inspection_template order by builtin desc, code", List.of());
        if (sector == null || sector.isBlank()) {
            return all;
        }
        return all.stream().filter(t -> t.sectors().isEmpty() || t.sectors().contains(sector)).toList();
    }

    /** Templates that fit an enterprise of these sectors. */
    @Transactional(readOnly = true)
    public List<TemplateView> forSectors(Set<String> enterpriseSectors) {
        return list(null).stream().filter(t -> t.sectors().isEmpty()
                || t.sectors().stream().anyMatch(enterpriseSectors::contains)).toList();
    }

    @Transactional(readOnly = true)
    public TemplateView get(UUID id) {
        return load("select * from inspection_template where id = ?", List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("检查表"));
    }

    @Transactional(readOnly = true)
    public Optional<TemplateView> byCode(String code) {
        return load("select * from inspection_template where code = ?", List.of(code)).stream().findFirst();
    }

    /** Imports one or more templates (administrators); answers their ids. Nothing is written if any is invalid. */
    @Transactional
    public List<UUID> importYaml(String yaml) {
        if (DataScopes.currentUser().filter(u -> u.is(Role.ADMIN)).isEmpty()) {
            throw new AccessDeniedException("只有管理员可以导入检查表");
        }
        return store(ChecklistYaml.parse(yaml, knownSectors()), false);
    }

    @Transactional(readOnly = true)
    public String exportYaml(List<UUID> ids) {
        // "?ids=" binds as a list holding null: an empty value asks for nothing in particular
        List<UUID> asked = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
        List<TemplateView> templates = asked.isEmpty() ? list(null) : asked.stream().map(this::get).toList();
        return ChecklistYaml.write(templates);
    }

    /** Ships the built-in templates: a code already present is left alone (an administrator may have edited it). */
    @Transactional
    public int installBuiltin(String yaml) {
        List<ChecklistYaml.Parsed> parsed = ChecklistYaml.parse(yaml, knownSectors()).stream()
                .filter(p -> byCode(p.code()).isEmpty()).toList();
        try {
            return store(parsed, true).size();
        } catch (DuplicateKeyException concurrentNode) {
            return 0;
        }
    }

    private List<UUID> store(List<ChecklistYaml.Parsed> parsed, boolean builtin) {
        List<UUID> ids = new ArrayList<>();
        Instant now = clock.instant();
        for (ChecklistYaml.Parsed p : parsed) {
            Optional<TemplateView> existing = byCode(p.code());
            UUID id;
            String sectorCsv = SectorSet.encode(p.sectors());
            if (existing.isPresent()) {
                id = existing.get().id();
                jdbc.update("update inspection_template set name = ?, sectors = ?, description = ?,"
                        + " version = version + 1, updated_at = ? where id = ?", p.name(), sectorCsv, p.description(),
                        Timestamp.from(now), id);
                jdbc.update("delete from inspection_template_item where template_id = ?", id);
            } else {
                id = Ids.newId();
                jdbc.update("insert into inspection_template (id, code, name, sectors, description, builtin, version,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?)", id, p.code(), p.name(),
                        sectorCsv, p.description(), builtin, Timestamp.from(now), Timestamp.from(now));
            }
            List<Object[]> rows = new ArrayList<>();
            int position = 0;
            for (ChecklistYaml.ParsedItem i : p.items()) {
                rows.add(new Object[] {Ids.newId(), id, position++, i.code(), i.content(), i.basisDocument(),
                        i.basisArticle(), i.major(), i.type().name()});
            }
            jdbc.batchUpdate("insert into inspection_template_item (id, template_id, position, code, content,"
                    + " basis_document, basis_article, major, hazard_type) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("code", p.code());
            after.put("name", p.name());
            after.put("sectors", p.sectors());
            after.put("items", p.items().size());
            after.put("major", p.items().stream().filter(ChecklistYaml.ParsedItem::major).count());
            audit.record(existing.isPresent()
                    ? AuditRecord.updated(ENTITY, id, "更新检查表 " + p.name(), Map.of("version",
                            existing.get().version(), "items", existing.get().items().size()), after)
                    : AuditRecord.created(ENTITY, id, (builtin ? "内置检查表 " : "导入检查表 ") + p.name(), after));
            ids.add(id);
        }
        return ids;
    }

    private Set<String> knownSectors() {
        return sectors.sectors().stream().map(SectorCatalog.Entry::code).collect(Collectors.toSet());
    }

    private List<TemplateView> load(String sql, List<Object> args) {
        List<TemplateView> templates = jdbc.query(sql, (rs, i) -> new TemplateView(rs.getObject("id", UUID.class),
                rs.getString("code"), rs.getString("name"), SectorSet.decode(rs.getString("sectors")).codes(),
                rs.getString("description"), rs.getBoolean("builtin"), rs.getLong("version"), List.of()),
                args.toArray());
        if (templates.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = templates.stream().map(TemplateView::id).toList();
        Map<UUID, List<TemplateView.Item>> items = new LinkedHashMap<>();
        String in = ids.stream().map(x -> "?").collect(Collectors.joining(","));
        jdbc.query("select * from inspection_template_item where template_id in (" + in + ") order by position",
                rs -> {
                    items.computeIfAbsent(rs.getObject("template_id", UUID.class), k -> new ArrayList<>())
                            .add(new TemplateView.Item(rs.getObject("id", UUID.class), rs.getString("code"),
                                    rs.getInt("position"), rs.getString("content"), rs.getString("basis_document"),
                                    rs.getString("basis_article"), rs.getBoolean("major"),
                                    rs.getString("hazard_type")));
                }, ids.toArray());
        return templates.stream().map(t -> new TemplateView(t.id(), t.code(), t.name(), t.sectors(),
                t.description(), t.builtin(), t.version(), items.getOrDefault(t.id(), List.of()))).toList();
    }
}
