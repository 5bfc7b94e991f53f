package org.zhiben.training.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.zhiben.common.InvalidInputException;
import org.zhiben.training.CourseData;
import org.zhiben.training.HoursKind;

/** The new-course form. */
public class CourseForm {

    private @Size(max = 64) String idempotencyKey;
    private @Size(max = 100) String title;
    private @Size(max = 16) String kind;
    private @Size(max = 32) String hours;
    private @Size(max = 1000) String description;

    CourseData data() {
        HoursKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = HoursKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("kind", "请选择课程类别");
            }
        }
        BigDecimal h = null;
        if (hours != null && !hours.isBlank()) {
            try {
                h = new BigDecimal(hours.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("hours", "学时应为数字");
            }
        }
        return new CourseData(title, k, h, description);
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String v) { this.idempotencyKey = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { this.kind = v; }
    public String getHours() { return hours; }
    public void setHours(String v) { this.hours = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
}
