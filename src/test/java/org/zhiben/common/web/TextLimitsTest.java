package org.zhiben.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every text field a user can send, in every page form object and JSON body of every controller, has a limit
 * ({@code @Size(max)} on the field, on the element of a list of text), and the limit fits the database: where the
 * module has a column of the field's name (snake case, in a table with the module's prefix) of bounded length, the
 * limit is not larger than the longest such column. Nested objects are {@code @Valid}, so their limits are checked.
 */
class TextLimitsTest {

    /** table prefix (module) → column name → the lengths of the bounded columns of that name ({@code -1}: text). */
    private static final Map<String, Map<String, List<Integer>>> COLUMNS = new HashMap<>();

    /** module:field → the largest limit the server gives a field of that name in that module. */
    private static final Map<String, Integer> LIMITS = new HashMap<>();
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern FIELD = Pattern.compile("<(input|textarea)\\b[^>]*>", Pattern.DOTALL);
    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "email", "tel", "url", "password");

    @BeforeAll
    static void schema() throws Exception {
        String url = "jdbc:h2:mem:text_limits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = c.createStatement().executeQuery("select table_name, column_name, data_type,"
                        + " character_maximum_length from information_schema.columns where table_schema = 'public'")) {
            while (rs.next()) {
                String table = rs.getString(1);
                String type = rs.getString(3).toLowerCase();
                if (!type.contains("char") && !type.contains("clob") && !type.contains("text")) {
                    continue;
                }
                long length = rs.getLong(4);
                int bound = type.contains("clob") || type.contains("text") || rs.wasNull() || length > 1_000_000
                        ? -1 : (int) length;
                COLUMNS.computeIfAbsent(table.substring(0, table.indexOf('_')), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(bound);
            }
        }
    }

    @Test
    void everyTextFieldOfEveryFormAndBodyHasALimitThatFitsItsColumn() throws Exception {
        Set<Class<?>> bound = boundTypes();
        assertThat(bound).as("form and body types found").hasSizeGreaterThan(60);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        int[] fitted = new int[2];
        for (Class<?> type : bound) {
            walk(type, seen, problems, fitted);
        }
        assertThat(problems).as("text fields without a limit that fits").isEmpty();
        // the column check must keep biting: most limits are compared with a column of the same name
        assertThat(fitted[0]).as("limits compared with a column").isGreaterThan(150);
    }

    /**
     * Every text field of every page shows its limit ({@code maxlength}, from which {@code app.js} draws "最多 N 字"),
     * and where the module's forms have a field of that name, the page's limit is not above the server's.
     */
    @Test
    void everyTextFieldOnAPageHasAMaxlengthWithinTheServersLimit() throws Exception {
        everyTextFieldOfEveryFormAndBodyHasALimitThatFitsItsColumn(); // fills LIMITS
        List<String> problems = new ArrayList<>();
        int compared = 0;
        List<Path> pages;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String module = TEMPLATES.relativize(page).getName(0).toString();
            String html = Files.readString(page);
            Matcher m = FIELD.matcher(html);
            while (m.find()) {
                String tag = m.group();
                String type = attribute(tag, "type");
                if (m.group(1).equals("input") && (tag.contains("th:type=")
                        || !TEXT_TYPES.contains(type == null ? "text" : type))) {
                    continue;
                }
                String where = TEMPLATES.relativize(page) + " line " + html.substring(0, m.start()).lines().count();
                String max = attribute(tag, "maxlength");
                if (max == null) {
                    if (!tag.contains("th:maxlength=")) {
                        problems.add(where + ": text field without maxlength: " + tag.replaceAll("\\s+", " "));
                    }
                    continue;
                }
                String name = fieldName(tag);
                Integer server = name == null ? null : LIMITS.get(module + ":" + name);
                if (server != null) {
                    compared++;
                    if (Integer.parseInt(max) > server) {
                        problems.add(where + ": maxlength " + max + " for " + name + " but the server allows " + server);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(compared).as("page fields compared with a server limit").isGreaterThan(100);
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("(?<![\\w:-])" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String fieldName(String tag) {
        Matcher field = Pattern.compile("th:field=\"\\*\\{(?:[^}]*\\.)?(\\w+)}\"").matcher(tag);
        if (field.find()) {
            return field.group(1);
        }
        return attribute(tag, "name");
    }

    @Test
    void theWalkFindsAMissingOrOversizedLimit() {
        List<String> problems = new ArrayList<>();
        walk(Unlimited.class, new HashSet<>(), problems, new int[2]);
        assertThat(problems).hasSize(4)
                .anyMatch(p -> p.contains("Unlimited.description") && p.contains("no @Size"))
                .anyMatch(p -> p.contains("Unlimited.tags") && p.contains("no @Size"))
                .anyMatch(p -> p.contains("Unlimited.nested") && p.contains("@Valid"))
                .anyMatch(p -> p.contains("Unlimited.location") && p.contains("column"));
    }

    /** A form a careless module might write: a report whose text has no limit, or one longer than the column. */
    @SuppressWarnings("unused")
    static final class Unlimited {
        private String description;
        private List<String> tags;
        private Inner nested;
        @Size(max = 5000)
        private String location;

        static final class Inner {
            @Size(max = 10)
            private String name;
        }

        static String module() {
            return "hazard";
        }
    }

    private static void walk(Class<?> type, Set<Class<?>> seen, List<String> problems, int[] fitted) {
        if (!seen.add(type)) {
            return;
        }
        String module = module(type);
        for (Class<?> c = type; c != null && c.getName().startsWith("org.zhiben."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                String where = type.getName() + "." + field.getName();
                Class<?> raw = field.getType();
                if (raw == String.class) {
                    limit(module, field.getName(), field, where, problems, fitted);
                } else if (Collection.class.isAssignableFrom(raw)
                        && field.getAnnotatedType() instanceof AnnotatedParameterizedType p) {
                    AnnotatedType element = p.getAnnotatedActualTypeArguments()[0];
                    if (element.getType() == String.class) {
                        limit(module, field.getName(), element, where, problems, fitted);
                    } else if (element.getType() instanceof Class<?> e && ours(e)) {
                        valid(field, element, where, problems);
                        walk(e, seen, problems, fitted);
                    }
                } else if (raw.isArray() && raw.getComponentType() == String.class) {
                    problems.add(where + ": String[] cannot carry a limit, use List<@Size(max = …) String>");
                } else if (ours(raw)) {
                    valid(field, null, where, problems);
                    walk(raw, seen, problems, fitted);
                }
            }
        }
    }

    private static void valid(Field field, AnnotatedType element, String where, List<String> problems) {
        if (!field.isAnnotationPresent(Valid.class) && (element == null || !element.isAnnotationPresent(Valid.class))) {
            problems.add(where + ": nested object without @Valid, its limits would not be checked");
        }
    }

    private static void limit(String module, String name, AnnotatedElement element, String where, List<String> problems,
            int[] fitted) {
        Size size = element.getAnnotation(Size.class);
        List<Integer> lengths = COLUMNS.getOrDefault(module, Map.of()).get(snake(name));
        if (size != null) {
            LIMITS.merge(module + ":" + name, size.max(), Math::max);
        }
        if (size == null || size.max() == Integer.MAX_VALUE) {
            problems.add(where + ": no @Size(max = …)" + (lengths == null ? "" : "; " + module + " columns named "
                    + snake(name) + " hold " + lengths.stream().map(l -> l < 0 ? "text" : l.toString()).toList()));
            return;
        }
        if (lengths == null) {
            fitted[1]++;
            return;
        }
        fitted[0]++;
        if (lengths.contains(-1)) {
            return;
        }
        int longest = lengths.stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (size.max() > longest) {
            problems.add(where + ": @Size(max = " + size.max() + ") but the " + module + " column " + snake(name)
                    + " holds at most " + longest);
        }
    }

    private static boolean ours(Class<?> type) {
        return type.getName().startsWith("org.zhiben.") && !type.isEnum() && !type.isInterface();
    }

    private static String module(Class<?> type) {
        if (type == Unlimited.class) {
            return Unlimited.module();
        }
        return type.getName().split("\\.")[2];
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    /** The object types controllers bind from forms ({@code @ModelAttribute}, declared or implied) and bodies. */
    static Set<Class<?>> boundTypes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<Class<?>> types = new LinkedHashSet<>();
        Set<String> names = new TreeSet<>();
        for (BeanDefinition d : scanner.findCandidateComponents("org.zhiben")) {
            names.add(d.getBeanClassName());
        }
        for (String name : names) {
            for (Method m : Class.forName(name).getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(m, RequestMapping.class)) {
                    continue;
                }
                for (Parameter p : m.getParameters()) {
                    Class<?> t = p.getType();
                    boolean body = p.isAnnotationPresent(RequestBody.class);
                    boolean form = p.isAnnotationPresent(ModelAttribute.class)
                            || p.getAnnotations().length == 0 && !BeanUtils.isSimpleProperty(t);
                    if (body && Collection.class.isAssignableFrom(t)
                            && p.getAnnotatedType() instanceof AnnotatedParameterizedType pt
                            && pt.getAnnotatedActualTypeArguments()[0].getType() instanceof Class<?> e) {
                        t = e;
                    }
                    if ((body || form) && ours(t)) {
                        types.add(t);
                    }
                }
            }
        }
        return types;
    }
}
