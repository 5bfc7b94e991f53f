package org.zhiben.hazard.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Photos;
import org.zhiben.common.StoredFile;

/**
 * Photos uploaded ahead of the report or transition that names them (table hazard_upload): each key may be named
 * once, and only by its uploader.
 */
@Component
class PhotoUploads {

    private final Photos photos;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PhotoUploads(Photos photos, JdbcTemplate jdbc, Clock clock) {
        this.photos = photos;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    StoredFile upload(InputStream content, UUID uploader) throws IOException {
        StoredFile stored = photos.store(content);
        jdbc.update("insert into hazard_upload (file_key, file_type, size_bytes, sha256, uploaded_by, uploaded_at, used)"
                + " values (?, ?, ?, ?, ?, ?, false)", stored.key(), stored.type().name(), stored.size(),
                stored.sha256(), uploader, Timestamp.from(clock.instant()));
        return stored;
    }

    /** The uploader's unused uploads named by {@code keys}, marked used; any other key is a message on {@code field}. */
    List<StoredFile> claim(List<String> keys, String field, UUID uploader) {
        List<StoredFile> claimed = new ArrayList<>();
        for (String key : keys.stream().distinct().toList()) {
            List<StoredFile> found = jdbc.query("select file_key, file_type, size_bytes, sha256 from hazard_upload"
                    + " where file_key = ? and uploaded_by = ? and used = false",
                    (rs, i) -> new StoredFile(rs.getString(1), FileType.valueOf(rs.getString(2)), rs.getLong(3),
                            rs.getString(4)), key, uploader);
            if (found.isEmpty()) {
                throw new InvalidInputException(field, "照片不存在、已被使用或不是您上传的:" + key);
            }
            jdbc.update("update hazard_upload set used = true where file_key = ?", key);
            claimed.add(found.get(0));
        }
        return claimed;
    }

    /** Another module's keys: checked again by content, since they did not come through this upload. */
    List<StoredFile> reread(List<String> keys) {
        return keys.stream().distinct().map(key -> photos.reread(key, "photoKeys")).toList();
    }

    InputStream open(String key) throws IOException {
        return photos.open(key);
    }
}
