package org.zhiben;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every id-bearing GET of the live OpenAPI description, asked for records of demo enterprise A (示范精密机械, 东关镇,
 * sector 03) by people who must not see them — another enterprise's principal, an official of another town, a
 * sector-bound official of another sector, an expert without an assignment there — must answer 404. The records are
 * found the way a client finds them: A's principal lists what the API offers and every id it sees is tried on every
 * id-bearing address; an address counts as A's when A's principal reads it and the answer is A's record (its
 * {@code enterpriseId} is A's, or the address names A). Modules added
 * later are swept without a change here.
 */
@ZhibenTest
class ScopeSweepTest {

    private static final Pattern UUIDS = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final int TRIES_PER_ADDRESS = 80;
    private static final int HITS_PER_ADDRESS = 3;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void outsidersGet404OnEveryAddressOfAnotherEnterprisesRecords() throws Exception {
        String a = jdbc.queryForObject("select cast(id as varchar) from directory_enterprise where name = ?",
                String.class, "示范精密机械制造有限公司");
        UserDetails owner = users.loadUserByUsername("ent.a.boss");
        String xihe = "it.sweep.xihe." + Long.toString(System.nanoTime(), 36);
        accounts.create(new AccountForm(xihe, "西河镇 扫描测试", "Demo@12345", Role.OFFICIAL, "990101101000", null, null,
                null, true, false));
        Map<String, UserDetails> outsiders = new LinkedHashMap<>();
        for (String name : List.of("ent.b.boss", xihe, "county.zjj", "expert1")) {
            outsiders.put(name, users.loadUserByUsername(name));
        }

        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        List<String> listings = new ArrayList<>();
        List<String> idBearing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            if (!path.getValue().has("get")) {
                continue;
            }
            Set<String> unknown = unknownParameters(path.getKey());
            if (unknown.isEmpty()) {
                listings.add(path.getKey());
            } else if (unknown.size() == 1 && uuidParameters(path.getValue().path("get")).containsAll(unknown)) {
                idBearing.add(path.getKey());
            }
        }

        // what A's principal can see: every id in every listing, remembered with where it was seen
        Map<String, Set<String>> seenAt = new LinkedHashMap<>();
        for (String listing : listings) {
            String body = read(owner, withEnterprise(listing, a));
            if (body != null) {
                collect(body, listing, seenAt);
            }
        }
        // and one level further: the ids found on A's own records' addresses
        Map<String, List<String>> owned = new LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            for (String template : idBearing) {
                List<String> hits = owned.computeIfAbsent(template, t -> new ArrayList<>());
                int tries = 0;
                for (String id : candidates(template, seenAt)) {
                    if (hits.size() >= HITS_PER_ADDRESS || tries++ >= TRIES_PER_ADDRESS) {
                        break;
                    }
                    String path = withEnterprise(template, a).replaceAll("\\{[^}]+}", id);
                    if (hits.contains(path)) {
                        continue;
                    }
                    String body = read(owner, path);
                    if (body != null && (path.contains(a) || ownedBy(body, a))) {
                        hits.add(path);
                        collect(body, template, seenAt);
                    }
                }
            }
        }
        // the enterprise's own addresses ({enterpriseId} filled with A) are A's too
        for (String listing : listings) {
            if (listing.contains("{") && read(owner, withEnterprise(listing, a)) != null) {
                owned.computeIfAbsent(listing, t -> new ArrayList<>()).add(withEnterprise(listing, a));
            }
        }

        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (List<String> paths : owned.values()) {
            for (String path : paths) {
                for (Map.Entry<String, UserDetails> outsider : outsiders.entrySet()) {
                    checked++;
                    int status = mvc.perform(get(path).with(user(outsider.getValue()))).andReturn().getResponse()
                            .getStatus();
                    if (status != 404) {
                        leaks.add(status + " " + path + " as " + outsider.getKey());
                    }
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        owned.forEach((template, paths) -> {
            if (!paths.isEmpty()) {
                covered.add(template);
            }
        });
        assertThat(covered).as("addresses of A's records found (of %d id-bearing GETs)", idBearing.size())
                .hasSizeGreaterThanOrEqualTo(15)
                .contains("/api/v1/enterprises/{id}", "/api/v1/hazards/{id}", "/api/v1/inspection/tasks/{id}",
                        "/api/v1/risk/objects/{id}", "/api/v1/accidents/{id}");
        assertThat(leaks).as("%d outsider requests on %s", checked, covered).isEmpty();
    }

    /**
     * Whether an answer is the enterprise's own record: an object with its {@code enterpriseId} (or wrapping one that has it), or a non-empty list
     * of such objects. A region's record that merely names the enterprise (a campaign task it is responsible for) is
     * not: it belongs to the jurisdiction and is visible to its officials.
     */
    private boolean ownedBy(String body, String enterpriseId) {
        JsonNode node = json.readTree(body);
        if (node.isArray()) {
            if (node.isEmpty()) {
                return false;
            }
            for (JsonNode element : node) {
                if (!enterpriseId.equals(element.path("enterpriseId").asString())) {
                    return false;
                }
            }
            return true;
        }
        if (enterpriseId.equals(node.path("enterpriseId").asString())) {
            return true;
        }
        for (JsonNode field : node) { // a detail wrapping the record: {"task": {...}, "items": [...]}
            if (field.isObject() && enterpriseId.equals(field.path("enterpriseId").asString())) {
                return true;
            }
        }
        return false;
    }

    /** A GET answered 200 with JSON for the caller, or null. */
    private String read(UserDetails caller, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(caller))).andReturn();
        String type = result.getResponse().getContentType();
        return result.getResponse().getStatus() == 200 && type != null && type.contains("json")
                ? result.getResponse().getContentAsString() : null;
    }

    private static void collect(String body, String where, Map<String, Set<String>> seenAt) {
        Matcher m = UUIDS.matcher(body);
        while (m.find()) {
            seenAt.computeIfAbsent(m.group(), id -> new LinkedHashSet<>()).add(where);
        }
    }

    /**
     * The ids most likely to fit the address first: those seen in the same module at an address naming the same
     * resource, then those seen in the same module, then the rest.
     */
    private static List<String> candidates(String template, Map<String, Set<String>> seenAt) {
        String resource = "/" + resourceOf(template);
        String module = moduleOf(template);
        List<List<String>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        seenAt.forEach((id, places) -> {
            boolean sameModule = places.stream().anyMatch(p -> moduleOf(p).equals(module));
            boolean near = places.stream().anyMatch(p -> moduleOf(p).equals(module) && p.contains(resource));
            tiers.get(near ? 0 : sameModule ? 1 : 2).add(id);
        });
        List<String> ordered = new ArrayList<>();
        tiers.forEach(ordered::addAll);
        return ordered;
    }

    /** The segment after /api/v1/: the module an address belongs to. */
    private static String moduleOf(String path) {
        String[] parts = path.split("/");
        return parts.length > 3 ? parts[3] : "";
    }

    /** The path segment before the unknown id: hazards in /api/v1/hazards/{id}/plan. */
    private static String resourceOf(String template) {
        String[] parts = template.split("/");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith("{") && !parts[i].equals("{enterpriseId}")) {
                return parts[i - 1];
            }
        }
        return "";
    }

    private static String withEnterprise(String template, String enterpriseId) {
        String path = template.replace("{enterpriseId}", enterpriseId);
        return path.startsWith("/api/v1/enterprises/{id}") || path.startsWith("/api/v1/hazards/statistics/enterprises/{id}")
                ? path.replaceFirst("\\{id}", enterpriseId) : path;
    }

    /** Path parameters other than the enterprise's own id. */
    private static Set<String> unknownParameters(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARAM.matcher(withEnterprise(template, UUID.randomUUID().toString()));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> uuidParameters(JsonNode operation) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode p : operation.path("parameters")) {
            if ("path".equals(p.path("in").asString()) && "uuid".equals(p.path("schema").path("format").asString())) {
                names.add(p.path("name").asString());
            }
        }
        return names;
    }
}
