package org.zhiben.hazard.web;

import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.zhiben.common.web.Downloads;
import org.zhiben.hazard.workflow.HazardWorkflow;

/** Photos go out as attachments with the type detected at upload and nosniff: never rendered as a page. */
final class HazardPhotos {

    private HazardPhotos() {
    }

    static ResponseEntity<InputStreamResource> serve(HazardWorkflow.PhotoContent photo, UUID photoId) {
        return Downloads.stored(photoId + "." + photo.type().extension(), photo.type().contentType(), photo.size(),
                false, photo.content(), CacheControl.noCache().cachePrivate());
    }
}
