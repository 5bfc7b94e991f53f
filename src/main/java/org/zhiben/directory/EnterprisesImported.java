package org.zhiben.directory;

import java.util.UUID;

/** An xlsx import finished. */
public record EnterprisesImported(UUID importedBy, int created, int updated, int failed) {
}
