package org.ruralrevival.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"items":[…],"page":0,"size":50,"total":1234}}. */
public record PageResult<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,
        @Schema(example = "1234") long total) {

    public static <E, T> PageResult<T> of(List<E> entities, PageQuery query, long total, Function<E, T> mapper) {
        return new PageResult<>(entities.stream().map(mapper).toList(), query.page, query.size, total);
    }
}
