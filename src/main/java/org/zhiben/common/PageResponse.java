package org.zhiben.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The paged-list shape of every API list: {content, page, size, totalElements}. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
