package org.zhiben.common.web;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.zhiben.ZhibenTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description at {@code /v3/api-docs} is one clients can be generated from: it is written to
 * {@code target/openapi.json}, linted with Redocly's recommended rules and kept identical to the committed copy the
 * generated test client is built from ({@value #SNAPSHOT}; {@code -Dopenapi.update=true} rewrites it).
 */
@ZhibenTest
class OpenApiDescriptionTest {

    static final String SNAPSHOT = "src/test/resources/openapi/zhiben.json";
    static final String REDOCLY = "@redocly/cli@2.77.0";

    @Autowired
    MockMvc mvc;

    @Autowired
    SchemaNames schemaNames;

    String live;
    JsonNode doc;

    @BeforeEach
    void fetch() throws Exception {
        live = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).strip() + "\n";
        doc = JsonMapper.builder().build().readTree(live);
        Path target = Path.of("target", "openapi.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, live);
    }

    @Test
    void declaresBasicAndBearerAuthenticationForEveryOperation() {
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearerAuth").path("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.path("security").toString()).contains("basicAuth").contains("bearerAuth");
        operations().forEach(op -> assertThat(op.node().has("security")).as(op.name()).isFalse());
    }

    @Test
    void everyOperationHasAChineseSummaryAndAStableUniqueId() {
        Set<String> ids = new HashSet<>();
        List<Op> ops = operations();
        assertThat(ops).hasSizeGreaterThan(50);
        for (Op op : ops) {
            assertThat(op.node().path("summary").asString()).as(op.name()).containsPattern("\\p{IsHan}");
            String id = op.node().path("operationId").asString();
            assertThat(id).as(op.name()).matches("[a-z][A-Za-z0-9]+");
            assertThat(ids.add(id)).as("operationId %s is unique", id).isTrue();
        }
        assertThat(ids).contains("meMe", "enterpriseList");
    }

    @Test
    void documentsTheProblemAnswers() {
        JsonNode problem = doc.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames()).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.path("errors").path("items").path("properties").propertyNames())
                .containsExactlyInAnyOrder("field", "message");
        for (Op op : operations()) {
            JsonNode responses = op.node().path("responses");
            assertThat(responses.propertyNames()).as(op.name()).contains("400", "401", "403");
            assertThat(responses.path("400").path("content").path("application/problem+json").path("schema")
                    .path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
            assertThat(responses.has("404")).as(op.name()).isEqualTo(op.path().contains("{"));
            assertThat(responses.has("409")).as(op.name()).isEqualTo(!op.method().equals("get"));
        }
        JsonNode create = doc.path("paths").path("/api/v1/enterprises").path("post").path("responses");
        assertThat(create.propertyNames()).contains("409", "422");
        JsonNode list = doc.path("paths").path("/api/v1/enterprises").path("get").path("responses");
        assertThat(list.propertyNames()).doesNotContain("404", "409", "422");
    }

    @Test
    void everySchemaNameStandsForOneJavaType() {
        assertThat(schemaNames.clashes()).as("give the namesakes their own names with @Schema(name = …)").isEmpty();
        JsonNode submit = doc.path("paths").path("/api/v1/inspection/tasks/{id}/records").path("post")
                .path("requestBody").path("content").path("application/json").path("schema");
        String record = submit.path("$ref").asString().replace("#/components/schemas/", "");
        String answer = doc.path("components").path("schemas").path(record).path("properties").path("answers")
                .path("items").path("$ref").asString().replace("#/components/schemas/", "");
        assertThat(doc.path("components").path("schemas").path(answer).path("properties").propertyNames())
                .containsExactlyInAnyOrder("itemId", "result", "note", "photoBase64");
    }

    @Test
    void theCommittedDescriptionIsCurrent() throws Exception {
        Path snapshot = Path.of(SNAPSHOT);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(snapshot, live);
        }
        String committed = Files.exists(snapshot) ? Files.readString(snapshot) : "";
        assertThat(committed.equals(live))
                .as("%s differs from the live /v3/api-docs (see target/openapi.json). If the API change is intended, "
                        + "regenerate it: ./mvnw -B -ntp test -Dtest=OpenApiDescriptionTest -Dopenapi.update=true "
                        + "and commit the file (the generated test client is built from it)", SNAPSHOT)
                .isTrue();
    }

    @Test
    void passesRedoclysRecommendedLint() throws Exception {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        Assumptions.assumeTrue(ci || onPath("npx"), "npx is not installed (the lint runs in CI, where it must)");
        Path report = Path.of("target", "openapi-lint.txt");
        Process lint = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", "--extends=recommended",
                "target/openapi.json")
                .redirectErrorStream(true).redirectOutput(report.toFile()).start();
        assertThat(lint.waitFor(180, TimeUnit.SECONDS)).as("redocly lint finished in time").isTrue();
        String output = Files.readString(report);
        assertThat(lint.exitValue()).as("redocly lint --extends=recommended target/openapi.json:%n%s", output)
                .isZero();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    record Op(String path, String method, JsonNode node) {
        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    private List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                    ops.add(new Op(path.getKey(), op.getKey(), op.getValue()));
                }
            }
        }
        return ops;
    }
}
