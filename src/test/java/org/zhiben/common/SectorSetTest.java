package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectorSetTest {

    @Test
    void storedSortedWithCommasAtBothEnds() {
        assertThat(SectorSet.of("04", "03").encode()).isEqualTo(",03,04,");
        assertThat(SectorSet.EMPTY.encode()).isEmpty();
        assertThat(SectorSet.decode(",03,04,")).isEqualTo(SectorSet.of("03", "04"));
        assertThat(SectorSet.decode(",")).isEqualTo(SectorSet.EMPTY);
        assertThat(SectorSet.decode(null)).isEqualTo(SectorSet.EMPTY);
    }

    @Test
    void codesThatWouldBreakTheEncodingOrItsPatternsAreRefused() {
        for (String bad : List.of("0,3", "0%", "0_", " ")) {
            assertThatThrownBy(() -> SectorSet.of(bad)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void anyOfIsOneLikePerCode() {
        SqlFragment f = SectorSet.anyOf("h.sectors", List.of("04", "03"));
        assertThat(f.sql()).isEqualTo("(h.sectors like ? or h.sectors like ?)");
        assertThat(f.args()).containsExactly("%,03,%", "%,04,%");
        assertThat(SectorSet.anyOf("h.sectors", List.of())).isEqualTo(SqlFragment.FALSE);
    }

    @Test
    void fragmentsComposeAndTurnIntoNamedParameters() {
        SqlFragment f = SqlFragment.of("a = ?", 1).and(SqlFragment.TRUE).and(SqlFragment.of("b <= ?", 2));
        assertThat(f.sql()).isEqualTo("(a = ?) and (b <= ?)");
        SqlFragment.Named named = f.named("scope");
        assertThat(named.sql()).isEqualTo("(a = :scope0) and (b <= :scope1)");
        assertThat(named.params()).isEqualTo(Map.of("scope0", 1, "scope1", 2));
        assertThat(SqlFragment.TRUE.and(SqlFragment.FALSE)).isEqualTo(SqlFragment.FALSE);
    }
}
