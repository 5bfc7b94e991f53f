package org.zhiben.directory;

import java.util.List;

/** Outcome of a region CSV import: all rows saved, or none and every problem listed. */
public record RegionImportReport(int rows, int saved, List<RowError> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
