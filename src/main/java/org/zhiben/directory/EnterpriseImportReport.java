package org.zhiben.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Outcome of an enterprise xlsx import. {@code rows} counts the non-blank data rows read (header excluded);
 * each is either created, updated, left unchanged (same data already registered) or rejected with one or more
 * {@link RowError}s. Valid rows are saved even when others fail.
 */
public record EnterpriseImportReport(int rows, int created, int updated, int unchanged, List<RowError> errors) {

    public EnterpriseImportReport {
        errors = List.copyOf(errors);
    }

    /** Number of rejected rows (a row may carry several errors). */
    @JsonProperty("failed")
    public int failed() {
        return (int) errors.stream().mapToInt(RowError::row).distinct().count();
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
