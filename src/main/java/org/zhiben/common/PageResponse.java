package org.zhiben.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The paged-list shape of every API list: {content, page, size, totalElements}. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements) {

    /**
     * The page an API list was asked for: size 1–500 and page ≥ 0 with its first row within what a query can skip
     * (2³¹ − 1 rows), else a 400 on the field at fault.
     */
    public static Pageable request(int page, int size, Sort sort) {
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "size 取 1–500");
        }
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "page 取 0–" + Integer.MAX_VALUE / size);
        }
        return PageRequest.of(page, size, sort);
    }

    /**
     * The page a page (not the API) was asked for: a negative number is the first page, one beyond what a query can
     * skip is the last such page (empty, with the pager), never an error.
     */
    public static Pageable pageOf(int page, int size, Sort sort) {
        return PageRequest.of(Math.min(Math.max(page, 0), Integer.MAX_VALUE / size - 1), size, sort);
    }

    public static Pageable pageOf(int page, int size) {
        return pageOf(page, size, Sort.unsorted());
    }

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
