package org.zhiben.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;

/** The one wording of bad requests: statuses, and no library English shown to users. */
class ProblemsTest {

    @Test
    void aLibrarysEnglishMessageIsNotShownARulesIs() {
        assertThat(Problems.detail(new IllegalArgumentException("Invalid UUID string: x")))
                .isEqualTo(Problems.defaultDetail(400));
        assertThat(Problems.detail(new IllegalArgumentException("季度应为1–4"))).isEqualTo("季度应为1–4");
        assertThat(Problems.detail(new IllegalStateException(new InvalidInputException("period", "统计期格式应为 2025Q1"))))
                .isEqualTo("统计期格式应为 2025Q1");
    }

    @Test
    void uploadsAre413WhenTooLargeAnd415WhenNotMultipart() {
        assertThat(Problems.status(new MaxUploadSizeExceededException(1))).isEqualTo(413);
        assertThat(Problems.status(new IllegalStateException(new MaxUploadSizeExceededException(1)))).isEqualTo(413);
        MultipartException json = new MultipartException("Current request is not a multipart request");
        assertThat(Problems.status(json)).isEqualTo(415);
        assertThat(Problems.detail(json)).contains("multipart/form-data");
        assertThat(Problems.status(new MultipartException("Failed to parse multipart servlet request"))).isEqualTo(400);
        assertThat(Problems.status(new RuntimeException("x"))).isZero();
    }

    @Test
    void controlCharactersAndTheDateWindowAtTheirEdges() {
        assertThat(InputRules.hasControlCharacter("a\tb\nc\rd")).isFalse();
        assertThat(InputRules.hasControlCharacter("\u001f")).isTrue();
        assertThat(InputRules.hasControlCharacter(" ~\u0080中")).isFalse();
        assertThat(InputRules.hasControlCharacter("\u007f")).isTrue();
        // half a surrogate pair is no character; a whole pair (𠀀, an emoji) is
        assertThat(InputRules.hasControlCharacter("a\ud800b")).isTrue();
        assertThat(InputRules.hasControlCharacter("a\udc00")).isTrue();
        assertThat(InputRules.hasControlCharacter("\ud800")).isTrue();
        assertThat(InputRules.hasControlCharacter("\ud840\udc00\ud83d\ude00")).isFalse();
        assertThat(InputRules.hasControlCharacter("\u0000")).isTrue();
        assertThat(InputRules.dateAllowed(java.time.LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(InputRules.dateAllowed(java.time.LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(InputRules.dateAllowed(java.time.LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(InputRules.dateAllowed(java.time.LocalDate.of(2101, 1, 1))).isFalse();
    }
}
