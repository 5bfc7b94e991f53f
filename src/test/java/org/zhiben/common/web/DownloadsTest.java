package org.zhiben.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.zhiben.common.FileType;

class DownloadsTest {

    @Test
    void aChineseNameSurvivesAndNothingInItCanLeaveTheFolderOrBreakTheHeader() {
        var answer = Downloads.document("隐患台账/../\"示范\"\r\n.xlsx", FileType.XLSX, new byte[] {1});
        ContentDisposition d = ContentDisposition.parse(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(d.isAttachment()).isTrue();
        assertThat(d.getFilename()).isEqualTo("隐患台账_..__示范___.xlsx");
        assertThat(answer.getHeaders().getContentType()).hasToString(FileType.XLSX.contentType());
        assertThat(Downloads.attachment(" ")).contains("download");
    }

    @Test
    void aStoredPhotoIsShownInlineAndNeverSniffedADocumentIsDownloaded() {
        var photo = Downloads.stored("现场.jpg", FileType.JPEG.contentType(), 3, true,
                new ByteArrayInputStream(new byte[3]));
        assertThat(ContentDisposition.parse(photo.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isInline())
                .isTrue();
        assertThat(photo.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(photo.getHeaders().getContentLength()).isEqualTo(3);
        assertThat(photo.getHeaders().getCacheControl()).isNull();
        var kept = Downloads.stored("现场.jpg", FileType.JPEG.contentType(), 3, true,
                new ByteArrayInputStream(new byte[3]), org.springframework.http.CacheControl.noCache().cachePrivate());
        assertThat(kept.getHeaders().getCacheControl()).isEqualTo("no-cache, private");
        assertThat(kept.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        var unknownLength = Downloads.stored("a.pdf", FileType.PDF.contentType(), -1, false,
                new ByteArrayInputStream(new byte[0]));
        assertThat(unknownLength.getHeaders().getContentLength()).isEqualTo(-1);
        assertThat(ContentDisposition.parse(unknownLength.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isAttachment()).isTrue();

        MockHttpServletResponse streamed = new MockHttpServletResponse();
        Downloads.streamed(streamed, "企业名单-20261207.xlsx", FileType.XLSX);
        assertThat(streamed.getContentType()).isEqualTo(FileType.XLSX.contentType());
        assertThat(ContentDisposition.parse(streamed.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
                .isEqualTo("企业名单-20261207.xlsx");
    }
}
