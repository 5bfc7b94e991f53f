package org.zhiben.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The paged-list shape of every API list: {content, page, size, totalElements}. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements) {

    /** The page an API list was asked for: page ≥ 0, size 1–500, else a 400 on {@code size}. */
    public static Pageable request(int page, int size, Sort sort) {
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidInputException("size", "page ≥ 0,size 取 1–500");
        }
        return PageRequest.of(page, size, sort);
    }

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
