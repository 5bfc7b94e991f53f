package org.zhiben.identity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passay.DictionarySubstringRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

/**
 * The rules a new password must meet (Passay): 10 to 64 characters from at least 3 of 4 classes (upper, lower, digit,
 * symbol — as before); none of the common passwords in {@code identity/common-passwords.txt} inside it, forwards or
 * backwards, in any case, also after undoing symbol and digit substitutions (P@ssw0rd is password); no run of six
 * alphabetical, numerical or keyboard-row characters (abcdef, 123456, qwerty); no character four times in a row; not
 * the username, forwards or backwards. Re-use of the last {@value #HISTORY} passwords is checked by {@link UserAccounts},
 * which holds their hashes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 64;
    public static final int SEQUENCE = 6;
    public static final int REPEAT = 4;
    /** A new password may not be the current one nor any of the previous four: the last five. */
    public static final int HISTORY = 5;

    static final String TOO_SHORT = "密码至少" + MIN_LENGTH + "位";
    static final String TOO_LONG = "密码不能超过" + MAX_LENGTH + "位";
    static final String CLASSES = "密码须包含大写字母、小写字母、数字、符号中的至少三类";
    static final String USERNAME = "密码不能包含用户名";
    static final String COMMON = "密码包含常见密码或其变形(如password、P@ssw0rd、qwerty),容易被猜中";
    static final String SEQUENCE_MESSAGE = "密码不能包含" + SEQUENCE + "位及以上连续的字母、数字或键盘顺序(如abcdef、123456、qwerty)";
    static final String REPEAT_MESSAGE = "密码不能包含" + REPEAT + "个及以上连续相同的字符";
    public static final String REUSED_CURRENT = "新密码不能与当前密码相同";
    public static final String REUSED_RECENT = "新密码不能与最近" + HISTORY + "次使用过的密码相同";

    private static final String CLASSES_CODE = "ZHIBEN_CHARACTER_CLASSES";
    private static final String COMMON_CODE = "ZHIBEN_COMMON_PASSWORD";

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry(LengthRule.ERROR_CODE_MIN, TOO_SHORT),
            Map.entry(LengthRule.ERROR_CODE_MAX, TOO_LONG),
            Map.entry(CLASSES_CODE, CLASSES),
            Map.entry(UsernameRule.ERROR_CODE, USERNAME),
            Map.entry(UsernameRule.ERROR_CODE_REVERSED, USERNAME),
            Map.entry(COMMON_CODE, COMMON),
            Map.entry(EnglishSequenceData.Alphabetical.getErrorCode(), SEQUENCE_MESSAGE),
            Map.entry(EnglishSequenceData.Numerical.getErrorCode(), SEQUENCE_MESSAGE),
            Map.entry(EnglishSequenceData.USQwerty.getErrorCode(), SEQUENCE_MESSAGE),
            Map.entry(RepeatCharacterRegexRule.ERROR_CODE, REPEAT_MESSAGE));

    private static final DictionarySubstringRule DICTIONARY = dictionary();

    private static final PasswordValidator RULES = new PasswordValidator(List.of(
            new LengthRule(MIN_LENGTH, MAX_LENGTH),
            PasswordPolicy::characterClasses,
            PasswordPolicy::commonPassword,
            new IllegalSequenceRule(EnglishSequenceData.Alphabetical, SEQUENCE, false),
            new IllegalSequenceRule(EnglishSequenceData.Numerical, SEQUENCE, false),
            new IllegalSequenceRule(EnglishSequenceData.USQwerty, SEQUENCE, false),
            new RepeatCharacterRegexRule(REPEAT)));

    private static final UsernameRule NOT_USERNAME = new UsernameRule(true, true);

    private PasswordPolicy() {
    }

    /** The Chinese messages for every rule the password breaks, each once, in rule order; empty when it is fine. */
    public static List<String> violations(String password, String username) {
        if (password == null || password.isEmpty()) {
            return List.of(TOO_SHORT);
        }
        PasswordData data = new PasswordData(password);
        Set<String> problems = new LinkedHashSet<>();
        addMessages(RULES.validate(data), problems);
        if (username != null && !username.isBlank()) {
            addMessages(NOT_USERNAME.validate(new PasswordData(username.strip(), password)), problems);
        }
        return List.copyOf(problems);
    }

    private static void addMessages(RuleResult result, Set<String> problems) {
        for (RuleResultDetail d : result.getDetails()) {
            problems.add(MESSAGES.getOrDefault(d.getErrorCode(), "密码不符合要求"));
        }
    }

    /** Upper, lower, digit, symbol (any other character): at least three, as the policy has always counted them. */
    private static RuleResult characterClasses(PasswordData data) {
        String p = data.getPassword();
        int classes = 0;
        classes += p.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += p.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += p.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += p.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        RuleResult result = new RuleResult(true);
        if (classes < 3) {
            result.addError(CLASSES_CODE, Map.of("classes", classes));
        }
        return result;
    }

    /** The dictionary, tried on the password as typed and with common substitutions undone (1 as i and as l). */
    private static RuleResult commonPassword(PasswordData data) {
        RuleResult result = new RuleResult(true);
        for (String candidate : substitutionsUndone(data.getPassword())) {
            RuleResult r = DICTIONARY.validate(new PasswordData(candidate));
            if (!r.isValid()) {
                result.addError(COMMON_CODE, Map.of());
                break;
            }
        }
        return result;
    }

    static List<String> substitutionsUndone(String password) {
        String lower = password.toLowerCase(java.util.Locale.ROOT);
        String common = lower.replace('@', 'a').replace('4', 'a').replace('0', 'o').replace('3', 'e')
                .replace('$', 's').replace('5', 's').replace('7', 't').replace('!', 'i').replace('|', 'l')
                .replace('+', 't');
        return List.of(lower, common.replace('1', 'i'), common.replace('1', 'l'));
    }

    private static DictionarySubstringRule dictionary() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt missing from the class path");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            var words = WordLists.createFromReader(new Reader[] {reader}, false, new ArraysSort());
            DictionarySubstringRule rule = new DictionarySubstringRule(new WordListDictionary(words));
            rule.setMatchBackwards(true);
            return rule;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
