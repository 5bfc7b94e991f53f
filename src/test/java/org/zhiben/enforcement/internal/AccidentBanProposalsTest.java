package org.zhiben.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccidentBanProposalsTest {

    @Test
    void thePrincipalAndTheActualControllerAreProposedOnceEach() {
        assertThat(AccidentBanProposals.people("李化工", "李控股")).containsExactly(
                java.util.Map.entry("李化工", "主要负责人"), java.util.Map.entry("李控股", "实际控制人"));
        assertThat(AccidentBanProposals.people("张示范", " 张示范 "))
                .containsExactly(java.util.Map.entry("张示范", "主要负责人、实际控制人"));
        assertThat(AccidentBanProposals.people("张示范", null)).containsOnlyKeys("张示范");
        assertThat(AccidentBanProposals.people(" ", "")).isEmpty();
    }
}
