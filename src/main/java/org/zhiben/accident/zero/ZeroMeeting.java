package org.zhiben.accident.zero;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.Ids;

/** A meeting a 专班 held: date, kind, attendees, the issues found, the decisions, photos (FileStore keys). */
@Entity
@Table(name = "accident_zero_meeting")
class ZeroMeeting {

    static final int MAX_PHOTOS = 9;

    @Id
    private UUID id;
    @Column(name = "team_id")
    private UUID teamId;
    @Column(name = "campaign_id")
    private UUID campaignId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private String title;
    private String attendees;
    private String issues;
    private String decisions;
    @Column(name = "photo_keys")
    private String photoKeys;
    @Column(name = "recorded_by")
    private UUID recordedBy;
    @Column(name = "recorded_by_name")
    private String recordedByName;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ZeroMeeting() {
    }

    ZeroMeeting(ZeroTeam team, LocalDate heldOn, MeetingKind kind, String title, String attendees, String issues,
            String decisions, List<String> photoKeys, UUID by, String byName, Instant now) {
        this.id = Ids.newId();
        this.teamId = team.getId();
        this.campaignId = team.getCampaignId();
        this.heldOn = heldOn;
        this.kind = kind;
        this.title = title;
        this.attendees = attendees;
        this.issues = issues;
        this.decisions = decisions;
        this.photoKeys = String.join("\n", photoKeys);
        this.recordedBy = by;
        this.recordedByName = byName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void addPhotos(List<String> keys, Instant now) {
        List<String> all = new ArrayList<>(photoKeyList());
        all.addAll(keys);
        this.photoKeys = String.join("\n", all);
        this.updatedAt = now;
    }

    List<String> photoKeyList() {
        return photoKeys == null || photoKeys.isEmpty() ? List.of() : Arrays.asList(photoKeys.split("\n"));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("teamId", teamId.toString());
        s.put("heldOn", String.valueOf(heldOn));
        s.put("kind", kind.name());
        s.put("title", title);
        s.put("attendees", attendees);
        s.put("issues", issues);
        s.put("decisions", decisions);
        s.put("photos", photoKeyList().size());
        return s;
    }

    UUID getId() { return id; }
    UUID getTeamId() { return teamId; }
    UUID getCampaignId() { return campaignId; }
    LocalDate getHeldOn() { return heldOn; }
    MeetingKind getKind() { return kind; }
    String getTitle() { return title; }
    String getAttendees() { return attendees; }
    String getIssues() { return issues; }
    String getDecisions() { return decisions; }
    String getRecordedByName() { return recordedByName; }
    long getVersion() { return version; }
}
