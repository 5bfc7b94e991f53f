package org.zhiben.notify.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The robots' wire formats. 企业微信: {@code {msgtype: markdown, markdown: {content}}}; 钉钉:
 * {@code {msgtype: markdown, markdown: {title, text}}}, and with 加签 the URL gains {@code timestamp} (milliseconds)
 * and {@code sign} = URL-encoded Base64 of HmacSHA256(key = secret, data = timestamp + newline + secret).
 */
final class RobotMessages {

    /** 企业微信 limits markdown content to 4096 bytes; Chinese text takes 3 bytes a character. */
    static final int WECOM_MAX_CHARS = 1300;
    static final int DINGTALK_MAX_CHARS = 5000;

    private RobotMessages() {
    }

    static Map<String, Object> payload(RobotKind kind, String title, String body, String link) {
        Map<String, Object> markdown = new LinkedHashMap<>();
        if (kind == RobotKind.WECOM) {
            String content = "**" + title + "**\n" + body + (link == null ? "" : "\n[查看详情](" + link + ")");
            markdown.put("content", truncate(content, WECOM_MAX_CHARS));
        } else {
            String text = "### " + title + "\n\n" + body + (link == null ? "" : "\n\n[查看详情](" + link + ")");
            markdown.put("title", truncate(title, 100));
            markdown.put("text", truncate(text, DINGTALK_MAX_CHARS));
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("msgtype", "markdown");
        message.put("markdown", markdown);
        return message;
    }

    /** The 钉钉 signature for this timestamp, already URL-encoded. */
    static String dingTalkSign(long timestampMillis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(digest), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL to call: as configured, or for a 钉钉 robot with a secret with timestamp and sign appended. */
    static URI target(Robot robot, long timestampMillis) {
        String url = robot.getWebhookUrl();
        if (robot.getKind() == RobotKind.DINGTALK && robot.hasSecret()) {
            url += (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign="
                    + dingTalkSign(timestampMillis, robot.getSecret());
        }
        return URI.create(url);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
