package org.zhiben.training.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.common.InvalidInputException;
import org.zhiben.training.SessionData;

/** The new-session form: day, time, place, trainer and the people enrolled. */
public class SessionForm {

    private @Size(max = 64) String idempotencyKey;
    private LocalDate date;
    private @Size(max = 5) String time;
    private @Size(max = 100) String place;
    private @Size(max = 50) String trainer;
    private List<UUID> personIds = new ArrayList<>();

    SessionData data() {
        if (date == null) {
            throw new InvalidInputException("date", "请填写培训日期");
        }
        LocalTime t;
        try {
            t = time == null || time.isBlank() ? LocalTime.of(9, 0) : LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("time", "时间格式应为 时:分,如 09:00");
        }
        return new SessionData(date.atTime(t), place, trainer, personIds);
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String v) { this.idempotencyKey = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { this.date = v; }
    public String getTime() { return time; }
    public void setTime(String v) { this.time = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { this.place = v; }
    public String getTrainer() { return trainer; }
    public void setTrainer(String v) { this.trainer = v; }
    public List<UUID> getPersonIds() { return personIds; }
    public void setPersonIds(List<UUID> v) { this.personIds = v; }
}
