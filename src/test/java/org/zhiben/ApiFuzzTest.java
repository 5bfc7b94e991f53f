package org.zhiben;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends malformed input to every operation of the live OpenAPI description — every JSON body property replaced by
 * a wrong type, null, a huge or control-character string, a far date, an out-of-range number; broken and hostile
 * documents; wrong query parameters — as an administrator and as an enterprise user, and fails on any 5xx. Modules
 * added later are covered without a change here, because the operations are read from {@code /v3/api-docs}.
 */
@ZhibenTest
class ApiFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "长".repeat(300_000);
    private static final List<String> BROKEN_DOCUMENTS = List.of("", "{", "[]", "null", "\"text\"", "123", "{}",
            "{\"a\":", "[".repeat(5_000) + "]".repeat(5_000), "{\"x\":\"\\u0000\"}", "\uFEFF{}", "{\"__proto__\":{}}");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;

    private JsonNode components;
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void noMalformedRequestGetsAServerError() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        components = api.path("components").path("schemas");
        List<UserDetails> callers = List.of(users.loadUserByUsername("admin"),
                users.loadUserByUsername("ent.a.safety"));
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(op.getKey().toUpperCase());
                for (UserDetails caller : callers) {
                    if (caller == callers.get(0) || !path.getKey().startsWith("/api/v1/admin/")) {
                        fuzz(path.getKey(), method, op.getValue(), caller); // an enterprise user is refused there
                    }
                }
            }
        }
        assertThat(requests).as("requests sent").isGreaterThan(1_000);
        assertThat(failures).as("server errors among %d malformed requests", requests).isEmpty();
    }

    private void fuzz(String template, HttpMethod method, JsonNode operation, UserDetails caller) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        String path = fill(template, parameters);
        JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (!body.isMissingNode()) {
            for (String document : BROKEN_DOCUMENTS) {
                send(method, path, document, caller);
            }
            JsonNode schema = resolve(body);
            JsonNode valid = example(schema, 0);
            send(method, path, json.writeValueAsString(valid), caller);
            if (valid instanceof ObjectNode object) {
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    for (JsonNode wrong : wrongValues(resolve(property.getValue()))) {
                        ObjectNode mutated = object.deepCopy();
                        mutated.set(property.getKey(), wrong);
                        send(method, path, json.writeValueAsString(mutated), caller);
                    }
                }
            }
        }
        for (JsonNode parameter : parameters) {
            if (!"query".equals(parameter.path("in").asString())) {
                continue;
            }
            for (String wrong : List.of("x", "-1", "99999999999999999999", "", "2026-13-45", "\u0001", "%00",
                    "+999999999-12-31", HUGE.substring(0, 5_000))) {
                MockHttpServletRequestBuilder request = request(method, path).queryParam(
                        parameter.path("name").asString(), wrong).with(user(caller));
                if (!body.isMissingNode()) {
                    request.contentType(MediaType.APPLICATION_JSON).content("{}");
                }
                check(method, path + "?" + parameter.path("name").asString() + "=" + abbreviate(wrong), request);
            }
        }
    }

    /** Path parameters: a random UUID where one is expected (the body must be judged before the record). */
    private static String fill(String template, List<JsonNode> parameters) {
        String path = template;
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asString())) {
                String format = parameter.path("schema").path("format").asString();
                String value = "uuid".equals(format) ? UUID.randomUUID().toString()
                        : parameter.path("name").asString().equals("period") ? "2026-Q1" : "x";
                path = path.replace("{" + parameter.path("name").asString() + "}", value);
            }
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private void send(HttpMethod method, String path, String document, UserDetails caller) throws Exception {
        check(method, path + " " + abbreviate(document), request(method, path).with(user(caller))
                .contentType(MediaType.APPLICATION_JSON).content(document));
    }

    private void check(HttpMethod method, String what, MockHttpServletRequestBuilder request) throws Exception {
        requests++;
        try {
            MvcResult result = mvc.perform(request.header("Idempotency-Key", UUID.randomUUID().toString())).andReturn();
            int status = result.getResponse().getStatus();
            if (status >= 500) {
                failures.add(status + " " + method + " " + what + " → "
                        + abbreviate(result.getResponse().getContentAsString()));
            }
        } catch (Exception unhandled) { // the container would answer it with a 500
            failures.add("500 " + method + " " + what + " → " + unhandled);
        }
    }

    /** A plausible value for the schema, so that a single wrong property is what the server must judge. */
    private JsonNode example(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = type(schema);
        String format = schema.path("format").asString();
        return switch (type) {
            case "object" -> {
                ObjectNode node = NODES.objectNode();
                for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                    node.set(p.getKey(), example(p.getValue(), depth + 1));
                }
                yield node;
            }
            case "array" -> {
                ArrayNode node = NODES.arrayNode();
                node.add(example(schema.path("items"), depth + 1));
                yield node;
            }
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (format) {
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                case "date" -> NODES.stringNode("2026-06-01");
                case "date-time" -> NODES.stringNode("2026-06-01T08:00:00Z");
                default -> NODES.stringNode("测试");
            };
        };
    }

    private List<JsonNode> wrongValues(JsonNode schema) {
        List<JsonNode> wrong = new ArrayList<>(List.of(NODES.nullNode(), NODES.objectNode()));
        switch (type(schema)) {
            case "string" -> {
                wrong.add(NODES.numberNode(12));
                wrong.add(NODES.arrayNode().add("x"));
                wrong.add(NODES.stringNode(""));
                wrong.add(NODES.stringNode(HUGE));
                wrong.add(NODES.stringNode("a\u0000b"));
                wrong.add(NODES.stringNode("<script>alert(1)</script>"));
                wrong.add(NODES.stringNode("+999999999-12-31"));
                wrong.add(NODES.stringNode("9999-12-31T23:59:59Z"));
            }
            case "integer", "number" -> {
                wrong.add(NODES.stringNode("x"));
                wrong.add(NODES.numberNode(-1));
                wrong.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
                wrong.add(NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
                wrong.add(NODES.numberNode(1.5));
            }
            case "array" -> {
                wrong.add(NODES.stringNode("x"));
                wrong.add(NODES.arrayNode().addNull());
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 20_000; i++) {
                    many.add(i);
                }
                wrong.add(many);
            }
            case "boolean" -> wrong.add(NODES.stringNode("maybe"));
            default -> wrong.add(NODES.stringNode("x"));
        }
        return wrong;
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String ref = schema.path("$ref").asString();
            schema = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0));
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            Iterator<JsonNode> types = type.iterator();
            while (types.hasNext()) {
                String t = types.next().asString();
                if (!"null".equals(t)) {
                    return t;
                }
            }
        }
        return type.isMissingNode() ? (schema.has("properties") ? "object" : "string") : type.asString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…(" + text.length() + ")";
    }
}
