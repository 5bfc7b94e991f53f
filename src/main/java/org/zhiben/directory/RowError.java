package org.zhiben.directory;

/** A rejected import row: 1-based row number as the user sees it in the file, the column and the reason. */
public record RowError(int row, String column, String reason) {
}
