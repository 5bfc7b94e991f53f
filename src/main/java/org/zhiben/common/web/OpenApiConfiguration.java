package org.zhiben.common.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The API-wide parts of the OpenAPI description at {@code /v3/api-docs}: the two ways to authenticate (HTTP Basic
 * and personal {@code Bearer zb_…} tokens), the problem-details answers every operation can give (the shape
 * {@link ApiExceptionHandler} writes) and stable operation ids, so that clients can be generated from it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI zhibenOpenApi() {
        return new OpenAPI()
                .info(new Info().title("治本 Zhiben API").version("v1")
                        .description("安全生产治本攻坚平台接口。错误以 RFC 9457 problem details 返回"
                                + "(application/problem+json),字段错误在 errors[{field,message}] 中。"))
                .servers(List.of(new Server().url("/").description("当前服务器")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("用户名和密码"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("zb_…").description("个人 API 令牌(Authorization: Bearer zb_…)")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }

    /** {@code EnterpriseApiController.list} → {@code enterpriseList}: unique as long as controller names are. */
    @Bean
    OperationCustomizer openApiOperationIds() {
        return (operation, handlerMethod) -> {
            String controller = handlerMethod.getBeanType().getSimpleName()
                    .replaceFirst("ApiController$", "").replaceFirst("Controller$", "");
            operation.setOperationId(StringUtils.uncapitalize(controller)
                    + StringUtils.capitalize(handlerMethod.getMethod().getName()));
            return operation;
        };
    }

    /**
     * The problem answers: 400, 401 and 403 on every operation, 404 where the path names a record, 409 on every
     * change (stale version, repeated request), 422 where an {@code Idempotency-Key} is accepted (key reused).
     * Answers an operation already documents are left as they are.
     */
    @Bean
    OpenApiCustomizer openApiProblemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                add(responses, "400", "输入有误(errors 列出各字段的问题)");
                add(responses, "401", "未认证:需要有效的用户名密码或 API 令牌");
                add(responses, "403", "无权限");
                if (path.contains("{")) {
                    add(responses, "404", "未找到,或不在当前用户的数据范围内");
                }
                if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                        && method != PathItem.HttpMethod.OPTIONS) {
                    add(responses, "409", "版本冲突或重复请求");
                }
                if (acceptsIdempotencyKey(operation)) {
                    add(responses, "422", "该 Idempotency-Key 已用于另一个不同的请求");
                }
                operation.setResponses(responses);
            }));
        };
    }

    private static boolean acceptsIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && "Idempotency-Key".equalsIgnoreCase(p.getName()));
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> violation = new ObjectSchema()
                .addProperty("field", new StringSchema().description("出错的字段或参数"))
                .addProperty("message", new StringSchema().description("该字段的问题"));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("问题类型,通常为 about:blank"));
        properties.put("title", new StringSchema().description("简短标题,如 输入有误、未找到、版本冲突"));
        properties.put("status", new IntegerSchema().format("int32").description("HTTP 状态码"));
        properties.put("detail", new StringSchema().description("本次问题的说明"));
        properties.put("instance", new StringSchema().format("uri").description("出错的请求路径"));
        properties.put("errors", new ArraySchema().items(violation).description("各字段的问题(仅输入有误时)"));
        return new ObjectSchema().description("RFC 9457 problem details").properties(properties);
    }
}
