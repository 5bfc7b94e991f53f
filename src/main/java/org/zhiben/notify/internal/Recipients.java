package org.zhiben.notify.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserContact;
import org.zhiben.notify.Notice;

/** The e-mail addresses and phone numbers a notice reaches: its enabled users' and its contacts', each once. */
@Component
class Recipients {

    private final UserAccounts accounts;

    Recipients(UserAccounts accounts) {
        this.accounts = accounts;
    }

    Set<String> emails(Notice notice) {
        Set<String> out = new LinkedHashSet<>();
        accounts.contacts(notice.users()).stream().map(UserContact::email).forEach(e -> addEmail(out, e));
        notice.contacts().forEach(c -> addEmail(out, c.email()));
        return out;
    }

    Set<String> phones(Notice notice) {
        Set<String> out = new LinkedHashSet<>();
        accounts.contacts(notice.users()).stream().map(UserContact::phone).forEach(p -> addPhone(out, p));
        notice.contacts().forEach(c -> addPhone(out, c.phone()));
        return out;
    }

    private static void addEmail(Set<String> out, String email) {
        if (email != null && MailConfiguration.validEmail(email.strip())) {
            out.add(email.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** Digits only (a leading + kept), so 138-0000-0000 and 13800000000 count as one number. */
    private static void addPhone(Set<String> out, String phone) {
        if (phone == null) {
            return;
        }
        String p = phone.strip();
        String digits = (p.startsWith("+") ? "+" : "") + p.replaceAll("\\D", "");
        if (digits.replace("+", "").length() >= 5) {
            out.add(digits);
        }
    }
}
