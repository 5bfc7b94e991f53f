package org.zhiben.risk.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StoredFile;
import org.zhiben.risk.inventory.InventoryRecord;

/** A site plan (厂区总平面图, 车间平面图…): an uploaded PNG or JPEG with its pixel size, the canvas of a four-colour map. */
@Entity
@Table(name = "risk_site_plan")
class SitePlan extends InventoryRecord {

    public static final int MAX_TITLE = 100;

    private String title;
    @Column(updatable = false)
    private String fileKey;
    @Column(updatable = false)
    private String contentType;
    @Column(updatable = false)
    private long fileSize;
    @Column(updatable = false)
    private String sha256;
    @Column(updatable = false)
    private int width;
    @Column(updatable = false)
    private int height;
    @Column(updatable = false)
    private String uploadedBy;

    protected SitePlan() {
    }

    public SitePlan(UUID enterpriseId, String regionCode, String title, StoredFile file, ImageSize size,
            String uploadedBy, Instant now) {
        super(enterpriseId, regionCode, now);
        this.title = checkedTitle(title);
        this.fileKey = file.key();
        this.contentType = file.type().contentType();
        this.fileSize = file.size();
        this.sha256 = file.sha256();
        this.width = size.width();
        this.height = size.height();
        this.uploadedBy = uploadedBy;
    }

    public static String checkedTitle(String title) {
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw new InvalidInputException("title", "请填写平面图名称(不超过" + MAX_TITLE + "个字符),如:厂区总平面图");
        }
        return title.strip();
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", getEnterpriseId());
        m.put("title", title);
        m.put("contentType", contentType);
        m.put("size", fileSize);
        m.put("sha256", sha256);
        m.put("width", width);
        m.put("height", height);
        return m;
    }

    public String getTitle() {
        return title;
    }

    public String getFileKey() {
        return fileKey;
    }

    public String getContentType() {
        return contentType;
    }

    public long getFileSize() {
        return fileSize;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
