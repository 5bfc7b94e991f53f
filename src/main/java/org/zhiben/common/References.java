package org.zhiben.common;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks an id a request links to (an inspection record, a unit, a duplicate hazard…): it must name an existing
 * record of the enterprise being written. Unknown ids, ids outside the caller's scope and other enterprises' ids all
 * get the same 400 beside the field, so a request never learns whether another enterprise's record exists.
 */
public final class References {

    private References() {
    }

    /** The message for a refused link to {@code what} (风险分析单元, 排查记录…). */
    public static String refused(String what) {
        return "关联的" + what + "不存在或不属于本企业";
    }

    /**
     * The record {@code find} answers when {@code owner} of it is {@code enterpriseId}; a {@link NotFoundException}
     * from {@code find} (unknown or outside scope) is refused like a foreign record.
     */
    public static <T> T owned(String field, String what, UUID enterpriseId, Supplier<T> find,
            Function<T, UUID> owner) {
        try {
            T found = find.get();
            if (found != null && enterpriseId != null && enterpriseId.equals(owner.apply(found))) {
                return found;
            }
        } catch (NotFoundException outsideScope) {
            // answered as below: the caller learns nothing about records it may not see
        }
        throw new InvalidInputException(field, refused(what));
    }

    /** As {@link #owned(String, String, UUID, Supplier, Function)} for a look-up of the owning enterprise alone. */
    public static void ownedBy(String field, String what, UUID enterpriseId, Supplier<Optional<UUID>> ownerOf) {
        owned(field, what, enterpriseId, () -> ownerOf.get().orElse(null), Function.identity());
    }
}
