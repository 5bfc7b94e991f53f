package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String TOO_SHORT = "密码至少8位";
    private static final String TOO_LONG = "密码不能超过64位";
    private static final String CLASSES = "密码须包含大写字母、小写字母、数字、符号中的至少三类";
    private static final String USERNAME = "密码不能包含用户名";

    @Test
    void sevenCharactersTooShortEightAccepted() {
        assertThat(PasswordPolicy.violations("Abcde1!", "zhang")).containsExactly(TOO_SHORT);
        assertThat(PasswordPolicy.violations("Abcdef1!", "zhang")).isEmpty();
    }

    @Test
    void sixtyFourAcceptedSixtyFiveTooLong() {
        String p64 = "Aa1" + "x".repeat(61);
        String p65 = "Aa1" + "x".repeat(62);
        assertThat(p64).hasSize(64);
        assertThat(p65).hasSize(65);
        assertThat(PasswordPolicy.violations(p64, "zhang")).isEmpty();
        assertThat(PasswordPolicy.violations(p65, "zhang")).containsExactly(TOO_LONG);
    }

    @Test
    void nullPasswordIsTooShort() {
        assertThat(PasswordPolicy.violations(null, "zhang")).containsExactly(TOO_SHORT);
        assertThat(PasswordPolicy.violations(null, null)).containsExactly(TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDabcd", "ABCD1234", "ABCD!@#$", "abcd1234", "abcd!@#$", "1234!@#$",
            "abcdefgh", "12345678"})
    void fewerThanThreeClassesRejected(String password) {
        assertThat(PasswordPolicy.violations(password, "zhang")).containsExactly(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDabc1", "ABCDabc!", "ABCD123!", "abcd123!", "Abcd123!"})
    void threeOrFourClassesAccepted(String password) {
        assertThat(PasswordPolicy.violations(password, "zhang")).isEmpty();
    }

    @Test
    void containingUsernameIsRejectedCaseInsensitively() {
        assertThat(PasswordPolicy.violations("zhang123!A", "zhang")).containsExactly(USERNAME);
        assertThat(PasswordPolicy.violations("xZHANG123!", "zhang")).containsExactly(USERNAME);
        assertThat(PasswordPolicy.violations("Ab1!zhang", "ZhAnG")).containsExactly(USERNAME);
        assertThat(PasswordPolicy.violations("Ab1!zhan-g", "zhang")).isEmpty();
    }

    @Test
    void blankOrNullUsernameIsIgnored() {
        assertThat(PasswordPolicy.violations("Abcdef1!", null)).isEmpty();
        assertThat(PasswordPolicy.violations("Abcdef1!", "")).isEmpty();
        assertThat(PasswordPolicy.violations("Abcd ef1", " ")).isEmpty();
    }

    @Test
    void severalViolationsAreAllReported() {
        String p65 = "zhang" + "a".repeat(60);
        assertThat(PasswordPolicy.violations(p65, "zhang")).containsExactly(TOO_LONG, CLASSES, USERNAME);
    }
}
