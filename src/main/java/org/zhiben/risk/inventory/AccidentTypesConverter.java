package org.zhiben.risk.inventory;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhiben.risk.AccidentType;

/** Accident types as one comma-separated column (kept with the event's enterprise and region, no extra table). */
@Converter
class AccidentTypesConverter implements AttributeConverter<Set<AccidentType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<AccidentType> types) {
        return types == null ? "" : types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<AccidentType> convertToEntityAttribute(String column) {
        Set<AccidentType> types = EnumSet.noneOf(AccidentType.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(AccidentType::valueOf).forEach(types::add);
        }
        return types;
    }
}
