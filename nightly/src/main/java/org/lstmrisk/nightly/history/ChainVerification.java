package org.lstmrisk.nightly.history;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AuditChain#verify} found: the rows it checked and the chain's head, or the first break.
 *
 * @param rows        the number of chained evidence rows
 * @param head        the last row's hash ({@link AuditChain#GENESIS} for an empty history)
 * @param preChained  how many rows existed before the chain and were chained by the schema migration (0 when
 *                    the history was created with the chain)
 * @param broken      the first break, or empty when the chain is intact
 */
public record ChainVerification(long rows, String head, long preChained, Optional<Break> broken) {

    /** Checks for nulls. */
    public ChainVerification {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(broken, "broken");
    }

    /** True when every row matches its hash, the links and the sequence hold, and the guards are in place. */
    public boolean intact() {
        return broken.isEmpty();
    }

    /**
     * The line {@code history --verify} prints for an intact chain: {@code history verified: N rows, chain intact;
     * head sha256:...}, saying how many rows predate the chain when a migration chained them.
     */
    public String summary() {
        String migrated = preChained == 0 ? ""
                : " (the first " + preChained + " were recorded before the chain existed and chained when the schema "
                        + "was migrated: they are proven unchanged since then only)";
        return "history verified: " + rows + " rows, chain intact" + migrated + "; head " + head;
    }

    /** Which check failed. */
    public enum Check {
        /** A row has no chain fields: it was inserted outside lstm-risk. */
        UNCHAINED,
        /** A chain number is missing (a row was deleted) or taken twice. */
        SEQUENCE,
        /** A row's fields do not give its recorded hash: the row was changed after it was recorded. */
        CONTENT,
        /** A row's recorded previous hash is not the previous row's hash: that row was rewritten with a new hash. */
        LINK,
        /** An append-only trigger is missing or altered (SQLite). */
        GUARD
    }

    /**
     * The first break of the chain.
     *
     * @param table    the table of the row (or of the trigger, for {@link Check#GUARD})
     * @param row      the row's key, e.g. {@code run_id=2024-03-08-1}, or the trigger's name
     * @param chainSeq the row's chain number, or 0 when it has none
     * @param check    which check failed
     * @param detail   what was found, in words
     */
    public record Break(String table, String row, long chainSeq, Check check, String detail) {

        /** One line: {@code <table> row <key> (chain #n): <check>: <detail>}. */
        public String describe() {
            if (check == Check.GUARD) {
                return "trigger " + row + " on " + table + ": " + detail;
            }
            return table + " row " + row + (chainSeq > 0 ? " (chain #" + chainSeq + ")" : "") + ": "
                    + check.name().toLowerCase(java.util.Locale.ROOT) + " check failed: " + detail;
        }
    }
}
