package org.zhiben.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A summary cut into runs of text and dates, so a page can keep each date on one line: a browser may break
 * "2026-09-30" at its hyphens inside a long summary.
 */
public final class DateRuns {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?");

    /** A run of the text; {@code date} when it is a date (with its time, if any). */
    public record Run(String text, boolean date) {
    }

    private DateRuns() {
    }

    public static List<Run> of(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null) {
            return runs;
        }
        Matcher m = DATE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                runs.add(new Run(text.substring(at, m.start()), false));
            }
            runs.add(new Run(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }
}
