package org.zhiben.accident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The accident category code lists, loaded as data from {@code accident/categories.csv} (scheme, code, label, and
 * optionally the GB 6441-1986 code a newer category maps to). Today it holds GB 6441-1986's 20 categories; the
 * GB 6441-2025 list is a documented TODO in that file until the standard's text is available to the project.
 */
public final class AccidentCategories {

    public static final String GB_6441_1986 = "GB6441-1986";
    public static final String GB_6441_2025 = "GB6441-2025";

    /** One category of one scheme; {@code mapsTo} is the GB 6441-1986 code it corresponds to, where one exists. */
    public record Category(String scheme, String code, String label, String mapsTo) {
    }

    private static final List<Category> ALL = load();

    private AccidentCategories() {
    }

    public static List<Category> all() {
        return ALL;
    }

    public static List<Category> of(String scheme) {
        return ALL.stream().filter(c -> c.scheme().equals(scheme)).toList();
    }

    public static List<String> schemes() {
        return ALL.stream().map(Category::scheme).distinct().toList();
    }

    public static Optional<Category> find(String scheme, String code) {
        return ALL.stream().filter(c -> c.scheme().equals(scheme) && c.code().equals(code)).findFirst();
    }

    public static String label(String scheme, String code) {
        return find(scheme, code).map(Category::label).orElse(code);
    }

    private static List<Category> load() {
        List<Category> categories = new ArrayList<>();
        try (InputStream in = AccidentCategories.class.getResourceAsStream("/accident/categories.csv")) {
            if (in == null) {
                throw new IllegalStateException("accident/categories.csv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                categories.add(new Category(f[0], f[1], f[2], f.length > 3 && !f[3].isBlank() ? f[3] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(categories);
    }
}
