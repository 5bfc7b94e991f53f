package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    /** Independent implementation of GB 32100-2015 from DOMAIN.md §7, used to build valid fixtures. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static char expectedCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - (sum % 31);
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static String withCheck(String first17) {
        return first17 + expectedCheck(first17);
    }

    @Test
    void independentImplementationMatchesHandComputedValues() {
        // pinned values (computed by hand/script) so the fixture helper itself cannot drift
        assertThat(expectedCheck("91110000600037341")).isEqualTo('L');
        assertThat(expectedCheck("12100000400000001")).isEqualTo('0');
        assertThat(expectedCheck("91440300MA5ABCDE1")).isEqualTo('H');
        assertThat(expectedCheck("91350100M000100Y4")).isEqualTo('3');
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341", "91310000MA1FL1234", "91440300MA5ABCDE1", "51110105MJ0000000",
            "12100000400000001", "9111010800000000Y"})
    void codesWithCorrectCheckCharacterAreValid(String first17) {
        String code = withCheck(first17);
        assertThat(Uscc.checkCharacter(first17)).isEqualTo(expectedCheck(first17));
        assertThat(Uscc.problem(code)).isNull();
        assertThat(Uscc.isValid(code)).isTrue();
        assertThat(Uscc.of(code).value()).isEqualTo(code);
    }

    @Test
    void checkCharacterZeroFromThirtyOneWrapsToZero() {
        // Σ vᵢwᵢ ≡ 0 (mod 31) → 31 − 0 = 31 → '0'
        assertThat(Uscc.checkCharacter("12100000400000001")).isEqualTo('0');
        assertThat(Uscc.checkCharacter("91110108000000008")).isEqualTo('0');
        assertThat(Uscc.isValid("121000004000000010")).isTrue();
        assertThat(Uscc.isValid("911101080000000080")).isTrue();
    }

    @Test
    void checkCharacterCanBeALetter() {
        assertThat(Uscc.checkCharacter("91110000600037341")).isEqualTo('L');
        assertThat(Uscc.checkCharacter("91440300MA5ABCDE1")).isEqualTo('H');
        assertThat(Uscc.checkCharacter("9111010800000000J")).isEqualTo('Y');
        assertThat(Uscc.isValid("91110000600037341L")).isTrue();
        assertThat(Uscc.isValid("91440300MA5ABCDE1H")).isTrue();
    }

    @Test
    void wellKnownPublicExampleIsValidByTheAlgorithm() {
        // 91350100M000100Y43 (the sample printed in GB 32100 explanations): Σ mod 31 = 28 → 31 − 28 = 3 → '3',
        // which matches its last character, so the algorithm accepts it.
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(Uscc.problem("91350100M000100Y43")).isNull();
        assertThat(Uscc.of("91350100M000100Y43").divisionCode()).isEqualTo("350100");
    }

    @Test
    void wrongCheckCharacterIsRejectedNamingTheExpectedOne() {
        assertThat(Uscc.isValid("91350100M000100Y44")).isFalse();
        assertThat(Uscc.problem("91350100M000100Y44")).isEqualTo("校验位错误,应为3");
        assertThat(Uscc.problem("91110000600037341M")).isEqualTo("校验位错误,应为L");
        assertThatThrownBy(() -> Uscc.of("91350100M000100Y40"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("校验位错误,应为3");
    }

    @Test
    void wrongLengthIsRejected() {
        assertThat(Uscc.problem("91350100M000100Y4")).isEqualTo("统一社会信用代码应为18位,实际为17位");
        assertThat(Uscc.problem("91350100M000100Y430")).isEqualTo("统一社会信用代码应为18位,实际为19位");
        assertThat(Uscc.isValid("91350100M000100Y4")).isFalse();
        assertThat(Uscc.isValid("91350100M000100Y430")).isFalse();
    }

    @Test
    void emptyAndNullAreRejected() {
        assertThat(Uscc.problem("")).isEqualTo("统一社会信用代码不能为空");
        assertThat(Uscc.problem(null)).isEqualTo("统一社会信用代码不能为空");
        assertThat(Uscc.isValid(null)).isFalse();
        assertThat(Uscc.isValid("")).isFalse();
        assertThatThrownBy(() -> new Uscc(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Uscc.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lowercaseLettersAreRejected() {
        // same code as the valid public example, letters lowered
        String lower = "91350100m000100y43";
        assertThat(Uscc.isValid(lower)).isFalse();
        assertThat(Uscc.problem(lower)).isNotNull().startsWith("第9位字符“m”不允许");
        assertThatThrownBy(() -> Uscc.of(lower)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void forbiddenLettersAreRejected(char forbidden) {
        // put the letter in position 9 (1-based); whatever check char follows, the letter itself must fail
        String code = "91350100" + forbidden + "000100Y43";
        assertThat(code).hasSize(18);
        assertThat(Uscc.isValid(code)).isFalse();
        assertThat(Uscc.problem(code)).isEqualTo(
                "第9位字符“" + forbidden + "”不允许(只允许数字和除I、O、Z、S、V外的大写字母)");
        // also as the check character position
        String asCheck = "91350100M000100Y4" + forbidden;
        assertThat(Uscc.problem(asCheck)).startsWith("第18位字符“" + forbidden + "”");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7})
    void nonDigitInDivisionCodePositionsIsRejected(int index) {
        // replace one of chars 3–8 (0-based 2..7) with an allowed letter, then give it a correct check char so
        // only the division rule can fail
        StringBuilder first17 = new StringBuilder("91350100M000100Y4");
        first17.setCharAt(index, 'A');
        String code = withCheck(first17.toString());
        assertThat(Uscc.isValid(code)).isFalse();
        assertThat(Uscc.problem(code)).isEqualTo("第3-8位应为登记管理机关行政区划码(数字)");
    }

    @Test
    void lettersOutsideDivisionPositionsAreFine() {
        // letters in positions 1-2 (registration authority / type) and 9-17 are allowed
        String code = withCheck("Y1350100MAAAAAAAA");
        assertThat(Uscc.isValid(code)).isTrue();
    }

    @Test
    void divisionCodeIsCharsThreeToEight() {
        assertThat(Uscc.of("91110000600037341L").divisionCode()).isEqualTo("110000");
        assertThat(Uscc.of(withCheck("91440300MA5ABCDE1")).divisionCode()).isEqualTo("440300");
        assertThat(Uscc.of("91350100M000100Y43").toString()).isEqualTo("91350100M000100Y43");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "91350100M000100Y44", "91350100M000100Y430", "91350100m000100y43",
            "9135010OM000100Y43", "91A50100M000100Y43", "91350100M000100Y4 "})
    void invalidInputAlwaysHasAChineseProblem(String value) {
        String problem = Uscc.problem(value);
        assertThat(problem).isNotNull();
        assertThat(problem.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .as("message in Chinese: %s", problem).isTrue();
        assertThat(Uscc.isValid(value)).isFalse();
    }
}
