package org.zhiben.notify;

import java.util.Set;
import java.util.UUID;
import org.zhiben.common.Ids;

/**
 * A notice another module asks to be sent: publish it as an application event inside the transaction that makes it
 * true. After commit, through the event publication registry, it reaches the {@code users}' inboxes and, where they
 * have them, e-mail and SMS; {@code contacts} (people without an account, such as an enterprise's actual controller)
 * by SMS or e-mail; and the group robots (企业微信, 钉钉) configured for the enterprise or for the region.
 * {@code topic} is a short machine key such as {@code hazard.major.confirmed}; {@code link} a path inside the app.
 * {@code sectors} (optional) are the sector codes the notice concerns, for robots limited to sectors; {@code id}
 * identifies the notice so that a redelivery never sends it twice to the same target (generated when null).
 */
public record Notice(String topic, String title, String body, String link, Set<UUID> users, Set<Contact> contacts,
        UUID enterpriseId, String regionCode, Set<String> sectors, UUID id) {

    public Notice {
        users = users == null ? Set.of() : Set.copyOf(users);
        contacts = contacts == null ? Set.of() : Set.copyOf(contacts);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        id = id == null ? Ids.newId() : id;
    }

    /** A notice without sector limits, with a fresh id. */
    public Notice(String topic, String title, String body, String link, Set<UUID> users, Set<Contact> contacts,
            UUID enterpriseId, String regionCode) {
        this(topic, title, body, link, users, contacts, enterpriseId, regionCode, null, null);
    }

    /** Someone reached outside the app; phone or e-mail may be missing. */
    public record Contact(String name, String phone, String email) {
    }
}
