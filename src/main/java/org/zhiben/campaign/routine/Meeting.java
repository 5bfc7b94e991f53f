package org.zhiben.campaign.routine;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;

/**
 * A plan's monthly 专题研究 / 调度 meeting (one per plan and month): its agenda, drawn from the tasks lagging or under
 * escalation on the day it was generated and edited by the office, then its minutes (attendees, a decision per item,
 * follow-ups on the items' tasks). Once minuted the agenda is fixed; the minutes may still be corrected.
 */
@Entity
@Table(name = "campaign_meeting")
public class Meeting {

    static final int MAX_ITEMS = 100;

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    private String period;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private String title;
    private String place;
    private String chair;
    private String attendees;
    @Column(name = "agenda_as_of")
    private LocalDate agendaAsOf;
    @Column(name = "minuted_at")
    private Instant minutedAt;
    @Column(name = "minuted_by_name")
    private String minutedByName;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @ElementCollection
    @CollectionTable(name = "campaign_meeting_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderBy("seq")
    private List<AgendaItem> items = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(UUID planId, YearMonth month, LocalDate heldOn, MeetingKind kind, String title, String place,
            LocalDate agendaAsOf, Instant now) {
        if (!YearMonth.from(heldOn).equals(month)) {
            throw new InvalidInputException("heldOn", "会议日期须在" + month + "内");
        }
        this.id = Ids.newId();
        this.planId = planId;
        this.period = month.toString();
        this.heldOn = heldOn;
        this.kind = kind;
        this.title = title;
        this.place = place;
        this.agendaAsOf = agendaAsOf;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void add(UUID taskId, AgendaSource source, String topic) {
        if (items.size() >= MAX_ITEMS) {
            throw new InvalidInputException("topic", "议程不超过" + MAX_ITEMS + "项");
        }
        items.add(new AgendaItem(items.size() + 1, taskId, source, topic));
    }

    /** The office adds a topic of its own. */
    void addTopic(String topic, Instant now) {
        requireOpen();
        add(null, AgendaSource.ADDED, topic);
        updatedAt = now;
    }

    /** The office rewords an item. */
    void retitle(int seq, String topic, Instant now) {
        requireOpen();
        item(seq).retitle(topic);
        updatedAt = now;
    }

    /** The office takes an item off the agenda; the rest are numbered again. */
    void remove(int seq, Instant now) {
        requireOpen();
        items.remove(item(seq));
        for (int i = 0; i < items.size(); i++) {
            items.get(i).renumber(i + 1);
        }
        updatedAt = now;
    }

    /** The minutes: who attended, and per item its decision and follow-up. */
    void minute(String chair, String attendees, List<Minute> minutes, String byName, Instant now) {
        if (attendees == null || attendees.isBlank()) {
            throw new InvalidInputException("attendees", "请填写参会人员");
        }
        for (Minute m : minutes) {
            item(m.seq());
        }
        this.chair = chair;
        this.attendees = attendees;
        for (Minute m : minutes) {
            AgendaItem item = item(m.seq());
            if (item.getTaskId() == null && (m.followUpNote() != null || m.followUpDue() != null)) {
                throw new InvalidInputException("items[" + (m.seq() - 1) + "].followUpNote",
                        "增补议题没有对应任务,不能设置督办要求");
            }
            item.minute(m.decision(), m.followUpNote(), m.followUpDue());
        }
        minutedAt = now;
        minutedByName = byName;
        updatedAt = now;
    }

    /** One item's minutes. */
    record Minute(int seq, String decision, String followUpNote, LocalDate followUpDue) {
    }

    private void requireOpen() {
        if (minutedAt != null) {
            throw new InvalidInputException("topic", "会议已形成纪要,议程不能再修改");
        }
    }

    AgendaItem item(int seq) {
        return items.stream().filter(i -> i.getSeq() == seq).findFirst()
                .orElseThrow(() -> new InvalidInputException("seq", "议程中没有第" + seq + "项"));
    }

    public Optional<AgendaItem> itemOfTask(UUID taskId) {
        return items.stream().filter(i -> taskId.equals(i.getTaskId())).findFirst();
    }

    public boolean minuted() {
        return minutedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public String getChair() {
        return chair;
    }

    public String getAttendees() {
        return attendees;
    }

    public LocalDate getAgendaAsOf() {
        return agendaAsOf;
    }

    public Instant getMinutedAt() {
        return minutedAt;
    }

    public String getMinutedByName() {
        return minutedByName;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<AgendaItem> getItems() {
        return items;
    }
}
