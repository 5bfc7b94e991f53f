package org.zhiben.inspection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.inspection.AnswerResult;
import org.zhiben.inspection.RecordView;

/** The answer to one item, keeping the item's text as it was when answered. */
@Entity
@Table(name = "inspection_answer")
class RecordAnswer {

    private static final int MAX_CONTENT = 1000;

    @Id
    private UUID id;
    private int position;
    @Column(name = "item_id")
    private UUID itemId;
    @Column(name = "item_content")
    private String itemContent;
    private boolean major;
    @Enumerated(EnumType.STRING)
    private AnswerResult result;
    private String note;
    @Column(name = "photo_key")
    private String photoKey;
    @Column(name = "hazard_id")
    private UUID hazardId;

    protected RecordAnswer() {
    }

    RecordAnswer(int position, UUID itemId, String itemContent, boolean major, AnswerResult result, String note,
            String photoKey, UUID hazardId) {
        this.id = Ids.newId();
        this.position = position;
        this.itemId = itemId;
        this.itemContent = itemContent.length() > MAX_CONTENT ? itemContent.substring(0, MAX_CONTENT)
                : itemContent;
        this.major = major;
        this.result = result;
        this.note = note;
        this.photoKey = photoKey;
        this.hazardId = hazardId;
    }

    RecordView.Answer view() {
        return new RecordView.Answer(itemId, itemContent, major, result, note, photoKey, hazardId);
    }
}
