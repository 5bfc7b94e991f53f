package org.zhiben.risk.majorsource;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.Labelled;

/**
 * One of the three 包保责任人 of a major hazard source (主要负责人, 技术负责人, 操作负责人): name, position and phone.
 * A phone is an 11-digit mobile number (1[3-9]…) or a landline with area code, e.g. 0351-1234567 (extension allowed).
 */
@NamedInterface("majorsource")
public record SafetyHolder(@Size(max = 100) String name, @Size(max = 200) String position, @Size(max = 32) String phone) {

    public static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    /** The three roles, in the order of the standard practice. */
    public enum Role implements Labelled {
        PRINCIPAL("主要负责人"), TECHNICAL("技术负责人"), OPERATION("操作负责人");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String field() {
            return name().toLowerCase();
        }
    }

    public static final SafetyHolder NONE = new SafetyHolder(null, null, null);

    public SafetyHolder {
        name = trim(name);
        position = trim(position);
        phone = trim(phone);
    }

    public static SafetyHolder orNone(SafetyHolder h) {
        return h == null ? NONE : h;
    }

    public boolean isBlank() {
        return name == null && position == null && phone == null;
    }

    /** Named with position and a valid phone. */
    public boolean isComplete() {
        return name != null && position != null && phone != null && PHONE.matcher(phone).matches();
    }

    /** A blank holder is fine here (completeness is a separate rule); a started one must be whole and well-formed. */
    public List<FieldViolation> problems(Role role) {
        List<FieldViolation> problems = new ArrayList<>();
        if (isBlank()) {
            return problems;
        }
        String p = "holders." + role.field() + ".";
        if (name == null || name.length() > 50) {
            problems.add(new FieldViolation(p + "name", role.label() + "的姓名不能为空且不超过50个字符"));
        }
        if (position == null || position.length() > 50) {
            problems.add(new FieldViolation(p + "position", role.label() + "的职务不能为空且不超过50个字符"));
        }
        if (phone == null || !PHONE.matcher(phone).matches()) {
            problems.add(new FieldViolation(p + "phone",
                    role.label() + "的电话应为11位手机号(如13912345678)或带区号的固定电话(如0351-1234567)"));
        }
        return problems;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
