package org.zhiben.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;

/** A 随机抽查事项: what is checked, of whom, on which legal basis. */
@Entity
@Table(name = "enforcement_item")
public class CheckItem {

    @Id
    private UUID id;
    private String code;
    private String name;
    private String basis;
    @Convert(converter = SectorSet.Jpa.class)
    private SectorSet sectors;
    private String subject;
    @Version
    private Long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CheckItem() {
    }

    public static CheckItem create(String code, String name, String basis, String subject, SectorSet sectors,
            Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        String c = code == null ? "" : code.strip();
        if (!c.matches("[0-9A-Za-z-]{1,20}")) {
            v.add(new FieldViolation("code", "事项编码为1至20位字母、数字或连字符"));
        }
        check(v, "name", name, 200, "请填写抽查事项名称(不超过200字)");
        check(v, "basis", basis, 500, "请填写法律依据(不超过500字)");
        check(v, "subject", subject, 200, "请填写检查对象(不超过200字)");
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        CheckItem i = new CheckItem();
        i.id = Ids.newId();
        i.code = c;
        i.name = name.strip();
        i.basis = basis.strip();
        i.subject = subject.strip();
        i.sectors = sectors == null ? SectorSet.EMPTY : sectors;
        i.createdAt = now;
        i.updatedAt = now;
        return i;
    }

    private static void check(List<FieldViolation> v, String field, String text, int max, String message) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            v.add(new FieldViolation(field, message));
        }
    }

    public UUID getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getBasis() { return basis; }
    public SectorSet getSectors() { return sectors; }
    public String getSubject() { return subject; }
}
