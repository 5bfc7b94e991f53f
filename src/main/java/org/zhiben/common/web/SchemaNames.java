package org.zhiben.common.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names the schemas of the OpenAPI description so that two Java types never share one. The generator names a type by
 * its simple name and keeps only one of two namesakes, so an operation would be described with another's fields
 * (inspection's answers once showed training's). A nested type is named after its enclosing type:
 * {@code InspectionApiController.AnswerRequest} is {@code InspectionAnswerRequest}, {@code HazardDto.EscalationDto}
 * is {@code HazardEscalationDto}, {@code EnterpriseApiController.EnterpriseDto} stays {@code EnterpriseDto}.
 * Top-level namesakes in different modules take a name with {@code @Schema(name = …)}. Every name given is recorded
 * with its type, and a second type under a taken name is logged as a clash ({@code OpenApiDescriptionTest} requires
 * none).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // registered first, so springdoc's own converters stay in front of it
class SchemaNames extends ModelResolver {

    private static final Logger log = LoggerFactory.getLogger(SchemaNames.class);
    private static final String COMPONENTS = "#/components/schemas/";

    private final Map<String, String> typeByName = new ConcurrentHashMap<>();
    private final Set<String> clashes = ConcurrentHashMap.newKeySet();

    /** With the mapper and OpenAPI version springdoc's own resolver has. */
    SchemaNames(SpringDocConfigProperties springDoc) {
        super(springDoc.isOpenapi31() ? Json31.mapper() : Json.mapper(), new NestedTypeNames());
        openapi31(springDoc.isOpenapi31());
    }

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = super.resolve(type, context, chain);
        String name = schema == null ? null : nameOf(schema);
        if (name != null && type.getType() != null) {
            String javaType = _mapper.constructType(type.getType()).toCanonical();
            String first = typeByName.putIfAbsent(name, javaType);
            if (first != null && !first.equals(javaType) && clashes.add(name + ": " + first + " and " + javaType)) {
                log.warn("OpenAPI schema name {} stands for both {} and {}; the description keeps only one",
                        name, first, javaType);
            }
        }
        return schema;
    }

    /** Each clash as {@code name: first type and second type}, sorted. */
    Set<String> clashes() {
        return new TreeSet<>(clashes);
    }

    /** The schema's own name, or the one it refers to (a type whose name is already defined comes back as one). */
    private static String nameOf(Schema<?> schema) {
        if (schema.getName() != null) {
            return schema.getName();
        }
        String ref = schema.get$ref();
        return ref != null && ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }

    /**
     * A nested type's name is its enclosing type's schema name, less a Controller or Dto ending, then its own, unless
     * its own already begins with it ({@code EnterpriseApiController.EnterpriseDto} stays {@code EnterpriseDto}).
     */
    static class NestedTypeNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> type) {
            Class<?> enclosing = type.getEnclosingClass();
            if (enclosing == null) {
                return super.getNameOfClass(type);
            }
            String outer = nameForClass(enclosing, Set.of()).replaceFirst("(Api)?Controller$|Dto$", "");
            String own = type.getSimpleName();
            return own.startsWith(outer) ? own : outer + own;
        }
    }
}
