package org.zhiben.risk.map;

import java.time.Instant;
import java.util.UUID;

/** An uploaded site plan; {@code width} × {@code height} pixels is the coordinate system of its polygons. */
public record SitePlanView(UUID id, UUID enterpriseId, String title, String contentType, long size, int width,
        int height, String uploadedBy, long version, Instant createdAt) {
}
