package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.RegionCode;

class DataScopeTest {

    private static final RegionCode COUNTY = RegionCode.of("990101000000");
    private static final RegionCode TOWN = RegionCode.of("990101100000");
    private static final UUID ENTERPRISE = UUID.fromString("01890000-0000-7000-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("01890000-0000-7000-8000-000000000002");

    @Test
    void allSeesEverything() {
        DataScope all = DataScope.ALL;
        assertThat(all.kind()).isEqualTo(DataScope.Kind.ALL);
        assertThat(all.coversRegion("110000000000")).isTrue();
        assertThat(all.canNavigate(RegionCode.of("110000000000"))).isTrue();
        assertThat(all.coversSectors(List.of("化工"))).isTrue();
        assertThat(all.sectorLimited()).isFalse();
        assertThat(all.permits(ENTERPRISE, "990101100201", List.of())).isTrue();
    }

    @Test
    void anEnterpriseScopeWithoutEnterpriseSeesNothing() {
        assertThat(DataScope.enterprise(null)).isEqualTo(DataScope.NONE);
        assertThat(DataScope.enterprise(null).sql("h").sql()).isEqualTo("1 = 0");
    }

    @Test
    void noneSeesNothing() {
        DataScope none = DataScope.NONE;
        assertThat(none.coversRegion("990101000000")).isFalse();
        assertThat(none.canNavigate(COUNTY)).isFalse();
        assertThat(none.sectorLimited()).isFalse();
        assertThat(none.permits(ENTERPRISE, "990101100201", List.of("化工"))).isFalse();
    }

    @Test
    void countyRange() {
        DataScope scope = DataScope.jurisdiction(COUNTY, Set.of());
        assertThat(scope.regionLow()).isEqualTo("990101000000");
        assertThat(scope.regionHigh()).isEqualTo("990101999999");
    }

    @Test
    void townRange() {
        DataScope scope = DataScope.jurisdiction(TOWN, null);
        assertThat(scope.regionLow()).isEqualTo("990101100000");
        assertThat(scope.regionHigh()).isEqualTo("990101100999");
        assertThat(scope.sectors()).isEmpty();
    }

    @Test
    void jurisdictionWithoutSectorLimit() {
        DataScope scope = DataScope.jurisdiction(COUNTY, Set.of());
        assertThat(scope.sectorLimited()).isFalse();
        assertThat(scope.coversRegion("990101000000")).isTrue();
        assertThat(scope.coversRegion("990101100201")).isTrue();
        assertThat(scope.coversRegion("990102000000")).isFalse();
        assertThat(scope.coversRegion("990100000000")).isFalse();
        assertThat(scope.coversSectors(List.of("化工"))).isTrue();
        assertThat(scope.coversSectors(List.of())).isTrue();
        assertThat(scope.permits(OTHER, "990101100201", List.of("冶金"))).isTrue();
        assertThat(scope.permits(OTHER, "990102100201", List.of("冶金"))).isFalse();
    }

    @Test
    void jurisdictionWithSectorLimit() {
        DataScope scope = DataScope.jurisdiction(COUNTY, Set.of("化工", "危化品"));
        assertThat(scope.sectorLimited()).isTrue();
        assertThat(scope.sectors()).containsExactlyInAnyOrder("化工", "危化品");
        assertThat(scope.coversSectors(List.of("冶金", "化工"))).isTrue();
        assertThat(scope.coversSectors(List.of("冶金"))).isFalse();
        assertThat(scope.coversSectors(List.of())).isFalse();
        assertThat(scope.permits(OTHER, "990101100201", List.of("危化品"))).isTrue();
        assertThat(scope.permits(OTHER, "990101100201", List.of("冶金"))).isFalse();
        assertThat(scope.permits(OTHER, "990102100201", List.of("化工"))).isFalse();
    }

    @Test
    void sectorsAreDefensivelyCopied() {
        Set<String> mutable = new HashSet<>(Set.of("化工"));
        DataScope scope = DataScope.jurisdiction(COUNTY, mutable);
        mutable.add("冶金");
        assertThat(scope.sectors()).containsExactly("化工");
    }

    @Test
    void canNavigateToAncestorsAndDescendantsButNotSiblings() {
        DataScope scope = DataScope.jurisdiction(TOWN, Set.of());
        assertThat(scope.canNavigate(TOWN)).isTrue();
        assertThat(scope.canNavigate(RegionCode.of("990101100201"))).isTrue(); // child village
        assertThat(scope.canNavigate(COUNTY)).isTrue();                        // ancestor county
        assertThat(scope.canNavigate(RegionCode.of("990100000000"))).isTrue(); // ancestor city
        assertThat(scope.canNavigate(RegionCode.of("990000000000"))).isTrue(); // ancestor province
        assertThat(scope.canNavigate(RegionCode.of("990101101000"))).isFalse(); // sibling town
        assertThat(scope.canNavigate(RegionCode.of("990102000000"))).isFalse(); // uncle county
        assertThat(scope.canNavigate(RegionCode.of("110000000000"))).isFalse(); // other province
        // navigating to an ancestor does not make its records visible
        assertThat(scope.coversRegion("990101000000")).isFalse();
    }

    @Test
    void aRegionRecordIsGovernedFromItsJurisdictionNotFromBelowNorOutsideTheSectors() {
        DataScope town = DataScope.jurisdiction(TOWN, Set.of());
        assertThat(town.permitsRegionRecord("990101000000", List.of())).isTrue();  // the county's: seen
        assertThat(town.governs("990101000000", List.of())).isFalse();             // but not changed
        assertThat(town.governs("990101100201", List.of("03"))).isTrue();          // a village of the town
        DataScope construction = DataScope.jurisdiction(COUNTY, Set.of("04"));
        assertThat(construction.governs("990101000000", List.of())).isTrue();      // names no sector
        assertThat(construction.governs("990101000000", List.of("04", "02"))).isTrue();
        assertThat(construction.governs("990101000000", List.of("02"))).isFalse();
        assertThat(DataScope.ALL.governs("110000000000", List.of("02"))).isTrue();
        assertThat(DataScope.NONE.governs("990101100201", List.of())).isFalse();
    }

    @Test
    void enterpriseSeesOnlyItself() {
        DataScope scope = DataScope.enterprise(ENTERPRISE);
        assertThat(scope.kind()).isEqualTo(DataScope.Kind.ENTERPRISE);
        assertThat(scope.enterpriseId()).isEqualTo(ENTERPRISE);
        assertThat(scope.sectorLimited()).isFalse();
        assertThat(scope.coversRegion("990101000000")).isFalse();
        assertThat(scope.canNavigate(COUNTY)).isFalse();
        assertThat(scope.permits(ENTERPRISE, "990101100201", List.of("化工"))).isTrue();
        assertThat(scope.permits(OTHER, "990101100201", List.of("化工"))).isFalse();
        assertThat(scope.permits(null, "990101100201", List.of())).isFalse();
    }
}
