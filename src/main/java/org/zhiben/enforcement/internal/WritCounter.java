package org.zhiben.enforcement.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.enforcement.WritKind;

/**
 * The gap-free numbering of 执法文书: one counter row per office, year and kind. {@link #next} increments it in the
 * caller's transaction (the row lock makes concurrent issuers wait for each other, and a rolled-back issue gives its
 * number back), so the numbers issued are 1, 2, 3… with no gap and no repeat. The row is created on first use in a
 * transaction of its own, where a concurrent creator's duplicate key is harmless.
 */
@Component
public class WritCounter {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;

    WritCounter(JdbcTemplate jdbc, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(tx);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of the office's documents of this kind in this year; call inside the issuing transaction. */
    public int next(String officeCode, int year, WritKind kind) {
        int updated = increment(officeCode, year, kind);
        if (updated == 0) {
            try {
                separate.executeWithoutResult(s -> jdbc.update("insert into enforcement_doc_counter"
                        + " (office_code, doc_year, kind, last_no) values (?, ?, ?, 0)", officeCode, year, kind.name()));
            } catch (DuplicateKeyException createdMeanwhile) {
                // another issuer created the row first: fine
            }
            updated = increment(officeCode, year, kind);
        }
        if (updated != 1) {
            throw new IllegalStateException("文书编号计数器缺失");
        }
        Integer n = jdbc.queryForObject("select last_no from enforcement_doc_counter where office_code = ?"
                + " and doc_year = ? and kind = ?", Integer.class, officeCode, year, kind.name());
        return n;
    }

    private int increment(String officeCode, int year, WritKind kind) {
        return jdbc.update("update enforcement_doc_counter set last_no = last_no + 1 where office_code = ?"
                + " and doc_year = ? and kind = ?", officeCode, year, kind.name());
    }
}
