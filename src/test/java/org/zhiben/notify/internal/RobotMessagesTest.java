package org.zhiben.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.notify.Notice;

class RobotMessagesTest {

    /** A signature computed by hand for timestamp 1700000000000 and secret SECabc (HmacSHA256, Base64, URL-encoded). */
    @Test
    void dingTalkSignatureMatchesTheDocumentedAlgorithm() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("SECabc".getBytes(), "HmacSHA256"));
        String base64 = java.util.Base64.getEncoder().encodeToString(mac.doFinal("1700000000000\nSECabc".getBytes()));
        String expected = base64.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
        assertThat(RobotMessages.dingTalkSign(1700000000000L, "SECabc")).isEqualTo(expected)
                .doesNotContain("+", "/", "=");
    }

    @Test
    void signedUrlAppendsTimestampAndSignOnlyForDingTalkWithASecret() {
        Robot ding = robot(RobotKind.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=abc", "SECabc");
        assertThat(RobotMessages.target(ding, 1700000000000L).toString()).isEqualTo(
                "https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000&sign="
                        + RobotMessages.dingTalkSign(1700000000000L, "SECabc"));
        Robot wecom = robot(RobotKind.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", "ignored");
        assertThat(RobotMessages.target(wecom, 1L).toString())
                .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k");
        assertThat(wecom.hasSecret()).isFalse();
    }

    @Test
    void payloadsHaveTheRobotsShapes() {
        assertThat(RobotMessages.payload(RobotKind.WECOM, "标题", "正文", null))
                .isEqualTo(java.util.Map.of("msgtype", "markdown", "markdown", java.util.Map.of("content", "**标题**\n正文")));
        assertThat(RobotMessages.payload(RobotKind.DINGTALK, "标题", "正文", "https://x.cn/a"))
                .isEqualTo(java.util.Map.of("msgtype", "markdown", "markdown",
                        java.util.Map.of("title", "标题", "text", "### 标题\n\n正文\n\n[查看详情](https://x.cn/a)")));
        String longBody = "隐".repeat(5000);
        String content = (String) ((java.util.Map<?, ?>) RobotMessages.payload(RobotKind.WECOM, "t", longBody, null)
                .get("markdown")).get("content");
        assertThat(content).hasSize(RobotMessages.WECOM_MAX_CHARS).endsWith("…");
    }

    @Test
    void routingByEnterpriseOrByRegionPrefixAndSectors() {
        UUID enterprise = UUID.randomUUID();
        Robot ofEnterprise = new Robot(Instant.EPOCH);
        ofEnterprise.apply(RobotKind.WECOM, "e", "https://x.cn", null, enterprise, "990101000000", Set.of("03"), true);
        Robot county = new Robot(Instant.EPOCH);
        county.apply(RobotKind.WECOM, "c", "https://x.cn", null, null, "990101000000", Set.of(), true);
        Robot countyChemicals = new Robot(Instant.EPOCH);
        countyChemicals.apply(RobotKind.DINGTALK, "c2", "https://x.cn", null, null, "990101000000", Set.of("02"), true);
        Robot otherCounty = new Robot(Instant.EPOCH);
        otherCounty.apply(RobotKind.WECOM, "o", "https://x.cn", null, null, "990102000000", Set.of(), true);
        Robot disabled = new Robot(Instant.EPOCH);
        disabled.apply(RobotKind.WECOM, "d", "https://x.cn", null, null, "990101000000", Set.of(), false);

        Notice inVillage = new Notice("t", "t", "b", null, null, null, enterprise, "990101100201", Set.of("03"), null);
        assertThat(ofEnterprise.covers(inVillage)).isTrue();
        assertThat(ofEnterprise.getRegionCode()).isNull();
        assertThat(ofEnterprise.getSectors()).isNull();
        assertThat(county.covers(inVillage)).isTrue();
        assertThat(countyChemicals.covers(inVillage)).isFalse();
        assertThat(otherCounty.covers(inVillage)).isFalse();
        assertThat(disabled.covers(inVillage)).isFalse();

        Notice chemicals = new Notice("t", "t", "b", null, null, null, UUID.randomUUID(), "990101100201", Set.of("02"),
                null);
        assertThat(ofEnterprise.covers(chemicals)).isFalse();
        assertThat(countyChemicals.covers(chemicals)).isTrue();
        Notice noRegion = new Notice("t", "t", "b", null, null, null, null, null);
        assertThat(county.covers(noRegion)).isFalse();
    }

    @Test
    void urlChecks() {
        assertThat(Robots.urlProblem("https://oapi.dingtalk.com/robot/send?access_token=abc")).isNull();
        assertThat(Robots.urlProblem("http://127.0.0.1:8080/hook")).isNull();
        assertThat(Robots.urlProblem(null)).isEqualTo("请填写Webhook地址");
        assertThat(Robots.urlProblem("ftp://x.cn/a")).contains("http://");
        assertThat(Robots.urlProblem("javascript:alert(1)")).contains("http://");
        assertThat(Robots.urlProblem("https://x.cn/<script>")).isEqualTo("Webhook地址含有不允许的字符");
        assertThat(Robots.urlProblem("https://x.cn/a b")).isEqualTo("Webhook地址含有不允许的字符");
        assertThat(Robots.urlProblem("https:///nohost")).isEqualTo("Webhook地址须包含主机名");
        assertThat(Robots.urlProblem("https://user:pw@x.cn/")).isEqualTo("Webhook地址须包含主机名");
        assertThat(Robots.urlProblem("https://x.cn/" + "a".repeat(500))).contains("500");
    }

    private static Robot robot(RobotKind kind, String url, String secret) {
        Robot r = new Robot(Instant.EPOCH);
        r.apply(kind, "r", url, secret, UUID.randomUUID(), null, null, true);
        return r;
    }
}
