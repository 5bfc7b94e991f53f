package org.zhiben.hazard.web;

import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zhiben.hazard.workflow.HazardWorkflow;

/** Photos go out as attachments with the type detected at upload and nosniff: never rendered as a page. */
final class HazardPhotos {

    private HazardPhotos() {
    }

    static ResponseEntity<InputStreamResource> serve(HazardWorkflow.PhotoContent photo, UUID photoId) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.type().contentType()))
                .contentLength(photo.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(photoId + "." + photo.type().extension()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new InputStreamResource(photo.content()));
    }
}
