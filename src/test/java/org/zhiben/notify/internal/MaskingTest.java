package org.zhiben.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.notify.Notice;

class MaskingTest {

    @Test
    void phonesKeepTheFirstThreeAndLastFourDigits() {
        assertThat(Masking.phone("13800000000")).isEqualTo("138****0000");
        assertThat(Masking.phone("+8613912345678")).isEqualTo("+86****5678");
        assertThat(Masking.phone("12345")).isEqualTo("****45");
        assertThat(Masking.phone("1")).isEqualTo("**");
        assertThat(Masking.phone(null)).isEmpty();
    }

    @Test
    void emailsKeepTheFirstCharacterAndTheDomain() {
        assertThat(Masking.email("zhang.san@example.cn")).isEqualTo("z***@example.cn");
        assertThat(Masking.email("@x.cn")).isEqualTo("***");
    }

    @Test
    void urlsLoseTheirQueryWhereTheTokenLives() {
        assertThat(Masking.url("https://oapi.dingtalk.com/robot/send?access_token=secret"))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?…");
        assertThat(Masking.url("http://127.0.0.1:9000/hook")).isEqualTo("http://127.0.0.1:9000/hook");
    }

    @Test
    void smsTextIsSignedAndBounded() {
        Notice n = new Notice("t", "隐患督办", "请整改", null, null, null, null, null);
        assertThat(SmsChannel.text(n)).isEqualTo("【治本】隐患督办:请整改");
        Notice big = new Notice("t", "标题", "字".repeat(1000), null, null, null, null, null);
        assertThat(SmsChannel.text(big)).hasSize(SmsChannel.MAX_TEXT).endsWith("…");
    }

    @Test
    void noticeKeepsItsOldConstructorAndGetsAnId() {
        Notice n = new Notice("t", "x", "y", null, null, null, null, null);
        assertThat(n.id()).isNotNull();
        assertThat(n.users()).isEmpty();
        assertThat(n.sectors()).isEmpty();
        assertThat(new Notice("t", "x", "y", null, null, null, null, null, Set.of("03"), n.id())).isNotEqualTo(n)
                .extracting(Notice::id).isEqualTo(n.id());
    }
}
