package org.zhiben.campaign;

import java.util.List;

/**
 * Outcome of importing a plan's tasks from xlsx ({@code docs/campaign.md}): the data rows read, the tasks created and
 * the rejected rows. A plan is imported whole or not at all: any row error and nothing is saved.
 */
public record PlanImport(int rows, int created, List<RowError> errors) {

    public PlanImport {
        errors = List.copyOf(errors);
    }

    /** A rejected row: its number as Excel shows it, the column and the reason. */
    public record RowError(int row, String column, String reason) {
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
