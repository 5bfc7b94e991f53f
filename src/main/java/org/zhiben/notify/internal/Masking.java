package org.zhiben.notify.internal;

import java.net.URI;

/** Masks what identifies a person or a secret before it reaches a log or a page. */
public final class Masking {

    private Masking() {
    }

    /** 13800000000 → 138****0000; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return "";
        }
        String p = phone.strip();
        if (p.length() >= 7) {
            return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
        }
        return p.length() <= 2 ? "**" : "****" + p.substring(p.length() - 2);
    }

    /** zhang.san@example.cn → z***@example.cn */
    public static String email(String email) {
        if (email == null) {
            return "";
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    /** A webhook URL without its query (the access token lives there): https://oapi.dingtalk.com/robot/send?… */
    public static String url(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + (uri.getPath() == null ? "" : uri.getPath()) + (uri.getQuery() == null ? "" : "?…");
        } catch (IllegalArgumentException e) {
            return "***";
        }
    }
}
