package org.zhiben.notify.internal;

import org.zhiben.notify.Notice;

/** The words of a notice as the channels send them; a notice without a title falls back to its topic. */
final class Texts {

    private Texts() {
    }

    static String title(Notice notice) {
        if (notice.title() != null && !notice.title().isBlank()) {
            return notice.title().strip();
        }
        return notice.topic() == null ? "通知" : notice.topic();
    }

    static String body(Notice notice) {
        return notice.body() == null ? "" : notice.body().strip();
    }

    /** The link as an absolute URL; none when the notice has no in-app path or the public base URL is not configured. */
    static String link(Notice notice, String baseUrl) {
        String link = notice.link();
        if (link == null || link.isBlank()) {
            return null;
        }
        if (!link.startsWith("/") || link.startsWith("//")) {
            return null;
        }
        return baseUrl == null || baseUrl.isBlank() ? null : stripSlash(baseUrl) + link;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
