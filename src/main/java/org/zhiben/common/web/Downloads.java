package org.zhiben.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zhiben.common.FileType;

/**
 * Every download of the platform: the file name in Chinese (RFC 5987 {@code filename*}, so browsers keep it), without
 * the characters no file name may hold, and for stored uploads {@code nosniff}, so a file is never run as a page.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A document made in memory (a ledger, a notice), as an attachment. */
    public static ResponseEntity<byte[]> document(String filename, FileType type, byte[] body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
                .contentType(MediaType.parseMediaType(type.contentType())).body(body);
    }

    /**
     * A stored upload: shown in the browser when {@code inline} (a photo), otherwise an attachment; never sniffed.
     * {@code size} is the stored length, or negative when unknown.
     */
    public static ResponseEntity<InputStreamResource> stored(String filename, String contentType, long size,
            boolean inline, InputStream content) {
        return stored(filename, contentType, size, inline, content, CacheControl.empty());
    }

    /** {@link #stored}, with how long the browser may keep the file ({@code cache}). */
    public static ResponseEntity<InputStreamResource> stored(String filename, String contentType, long size,
            boolean inline, InputStream content, CacheControl cache) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, inline ? inline(filename) : attachment(filename))
                .header("X-Content-Type-Options", "nosniff").contentType(MediaType.parseMediaType(contentType))
                .cacheControl(cache);
        if (size >= 0) {
            ok.contentLength(size);
        }
        return ok.body(new InputStreamResource(content));
    }

    /** The headers of a document streamed into {@code response} (a ledger of a million rows). */
    public static void streamed(HttpServletResponse response, String filename, FileType type) {
        response.setContentType(type.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(filename));
    }

    /** The {@code Content-Disposition} of an attachment named {@code filename}. */
    public static String attachment(String filename) {
        return ContentDisposition.attachment().filename(safe(filename), StandardCharsets.UTF_8).build().toString();
    }

    private static String inline(String filename) {
        return ContentDisposition.inline().filename(safe(filename), StandardCharsets.UTF_8).build().toString();
    }

    /** The name without path separators, reserved characters and control characters. */
    static String safe(String filename) {
        String name = filename == null ? "" : filename.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "download" : name;
    }
}
