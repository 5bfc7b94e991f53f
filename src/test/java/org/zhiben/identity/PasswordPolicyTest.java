package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String TOO_SHORT = "密码至少10位";
    private static final String TOO_LONG = "密码不能超过64位";
    private static final String CLASSES = "密码须包含大写字母、小写字母、数字、符号中的至少三类";
    private static final String USERNAME = "密码不能包含用户名";
    private static final String COMMON = PasswordPolicy.COMMON;
    private static final String SEQUENCE = PasswordPolicy.SEQUENCE_MESSAGE;
    private static final String REPEAT = PasswordPolicy.REPEAT_MESSAGE;

    @Test
    void nineCharactersTooShortTenAccepted() {
        assertThat(PasswordPolicy.violations("Kx7!mvRq2", "zhang")).containsExactly(TOO_SHORT);
        assertThat(PasswordPolicy.violations("Kx7!mvRq2w", "zhang")).isEmpty();
    }

    @Test
    void sixtyFourAcceptedSixtyFiveTooLong() {
        String p64 = "Aa1" + "xyz".repeat(20) + "x";
        String p65 = p64 + "y";
        assertThat(p64).hasSize(64);
        assertThat(p65).hasSize(65);
        assertThat(PasswordPolicy.violations(p64, "zhang")).isEmpty();
        assertThat(PasswordPolicy.violations(p65, "zhang")).containsExactly(TOO_LONG);
    }

    @Test
    void nullOrEmptyPasswordIsTooShort() {
        assertThat(PasswordPolicy.violations(null, "zhang")).containsExactly(TOO_SHORT);
        assertThat(PasswordPolicy.violations("", null)).containsExactly(TOO_SHORT);
    }

    /** The passwords the attack found accepted, and their longer cousins that pass the length rule. */
    @ParameterizedTest
    @ValueSource(strings = {"Password1", "P@ssw0rd", "Qwerty123"})
    void theIssuesExamplesAreRejectedAsCommon(String password) {
        assertThat(PasswordPolicy.violations(password, "zhang")).contains(COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password123!", "P@ssw0rd2026", "Qwerty#2026x", "Dr0wss@p!2026", "Welc0me!2026",
            "1qaz2WSX!xyz", "Woaini1314!x", "Adm1n!strat0r", "Zaq1xsw2!-9k"})
    void commonWordsSubstitutionsReversalsAndWalksAreRejected(String password) {
        assertThat(password).hasSizeGreaterThanOrEqualTo(10);
        assertThat(PasswordPolicy.violations(password, "zhang")).contains(COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lantern#Quay47", "Demo@12345", "Fresh#Pass2025", "Kx7!mvRq2w", "河流-Bright9x"})
    void goodPasswordsAndTheDemoPasswordAreAccepted(String password) {
        assertThat(PasswordPolicy.violations(password, "zhang")).isEmpty();
    }

    @Test
    void fiveInARowIsAllowedSixIsASequence() {
        assertThat(PasswordPolicy.violations("Kx!12345vb", "zhang")).isEmpty();
        assertThat(PasswordPolicy.violations("Kx!123456v", "zhang")).contains(SEQUENCE);
        assertThat(PasswordPolicy.violations("K9!fedcbaX", "zhang")).containsExactly(SEQUENCE);
        assertThat(PasswordPolicy.violations("K9!Hjkl;xq", "zhang")).isEmpty();
        assertThat(PasswordPolicy.violations("K9!Ghjkl;x", "zhang")).containsExactly(SEQUENCE);
    }

    @Test
    void threeOfACharacterIsAllowedFourIsARepeat() {
        assertThat(PasswordPolicy.violations("Kx7!mvvvRq", "zhang")).isEmpty();
        assertThat(PasswordPolicy.violations("Kx7!mvvvvR", "zhang")).containsExactly(REPEAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDabcdXY", "ABCD1357XY", "ABCD!@#%XY", "abcd1357xy", "abcd!@#%xy", "1357!@#%24",
            "kxmvrqwtzn", "1357924680"})
    void fewerThanThreeClassesRejected(String password) {
        assertThat(PasswordPolicy.violations(password, "zhang")).contains(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KXMVkxmv7q", "KXMVkxmv!q", "KXMV7531!q", "kxmv7531!q", "Kxmv7531!q"})
    void threeOrFourClassesAccepted(String password) {
        assertThat(PasswordPolicy.violations(password, "zhang")).isEmpty();
    }

    @Test
    void containingUsernameForwardsOrBackwardsIsRejectedCaseInsensitively() {
        assertThat(PasswordPolicy.violations("zhang1357!A", "zhang")).containsExactly(USERNAME);
        assertThat(PasswordPolicy.violations("xZHANG1357!", "zhang")).containsExactly(USERNAME);
        assertThat(PasswordPolicy.violations("Ab1!gnahz-w", "ZhAnG")).containsExactly(USERNAME);
        assertThat(PasswordPolicy.violations("Ab1!zhan-g7", "zhang")).isEmpty();
    }

    @Test
    void blankOrNullUsernameIsIgnored() {
        assertThat(PasswordPolicy.violations("Kx7!mvRq2w", null)).isEmpty();
        assertThat(PasswordPolicy.violations("Kx7!mvRq2w", "")).isEmpty();
        assertThat(PasswordPolicy.violations("Kx7 mvRq2w", " ")).isEmpty();
    }

    @Test
    void severalViolationsAreAllReported() {
        assertThat(PasswordPolicy.violations("password", "zhang")).containsExactly(TOO_SHORT, CLASSES, COMMON);
        String p65 = "zhang" + "a".repeat(60);
        assertThat(PasswordPolicy.violations(p65, "zhang")).containsExactly(TOO_LONG, CLASSES, REPEAT, USERNAME);
    }
}
