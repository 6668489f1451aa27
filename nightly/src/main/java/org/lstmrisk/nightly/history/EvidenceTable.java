package org.lstmrisk.nightly.history;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One table of the audit trail as the hash chain sees it: its columns in chain order (the order of the
 * {@code CREATE TABLE}, without the chain's own columns), the key columns that name a row in messages, and the
 * unique keys that an {@code INSERT OR REPLACE} could collide with. Immutable.
 *
 * @param name       the table's name
 * @param columns    the evidence columns, in the order the canonical serialisation writes them
 * @param key        the columns that name a row (e.g. {@code run_id})
 * @param uniqueKeys every unique key of the table besides {@code chain_seq}, each a list of columns
 */
public record EvidenceTable(String name, List<Column> columns, List<String> key, List<List<String>> uniqueKeys) {

    /** The chain's columns, added to every evidence table by schema version 3. */
    public static final List<String> CHAIN_COLUMNS = List.of("chain_seq", "prev_hash", "row_hash");

    /** Copies the lists. */
    public EvidenceTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
    }

    /** The evidence columns' names, comma-separated, for SQL. */
    String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** The index of column {@code column} among {@link #columns()}. */
    int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no column " + column);
    }

    /** How a column's value is read, written and serialised. */
    public enum Kind {
        /** Text, read with {@code getString}. */
        TEXT,
        /** A 64-bit integer, read with {@code getLong}. */
        INTEGER,
        /** A double, read with {@code getDouble}. */
        REAL
    }

    /**
     * A column.
     *
     * @param name           its name
     * @param kind           its kind
     * @param omittedWhenNull true for a column added after the chain (schema version 4 on): a NULL value is left
     *                       out of the row's canonical serialisation, so rows recorded before the column existed
     *                       keep their hashes; a non-NULL value is serialised like any other
     */
    public record Column(String name, Kind kind, boolean omittedWhenNull) {

        /** A column of the chain's first version (always serialised). */
        public Column(String name, Kind kind) {
            this(name, kind, false);
        }
    }

    private static Column t(String name) {
        return new Column(name, Kind.TEXT);
    }

    private static Column i(String name) {
        return new Column(name, Kind.INTEGER);
    }

    private static Column r(String name) {
        return new Column(name, Kind.REAL);
    }

    /**
     * {@code runs}, one row per recorded run; {@code var_method}, {@code var_window_days} and {@code var_parameters}
     * (the VaR method, its window and its fitted parameters as JSON) are added by schema version 4 and NULL for
     * runs recorded before it.
     */
    public static final EvidenceTable RUNS = new EvidenceTable("runs", List.of(
            t("run_id"), i("run_seq"), t("as_of"), t("started_at"), t("finished_at"), i("exit_code"), t("model"),
            t("model_versions"), i("horizon_days"), i("positions"), t("data_source"), t("data_fingerprint"),
            t("config"), t("config_fingerprint"), t("limits_source"), t("limits_fingerprint"),
            r("portfolio_volatility"), r("volatility_annualized"), r("var95"), r("var99"), r("es975"),
            r("weight_sum"), r("gross_weight"), t("report_path"),
            new Column("var_method", Kind.TEXT, true), new Column("var_window_days", Kind.INTEGER, true),
            new Column("var_parameters", Kind.TEXT, true)),
            List.of("run_id"), List.of(List.of("run_id"), List.of("run_seq")));

    /** {@code limit_results}, one row per limit result of a run. */
    public static final EvidenceTable LIMIT_RESULTS = new EvidenceTable("limit_results", List.of(
            t("run_id"), i("ordinal"), t("name"), t("metric"), r("metric_value"), r("warn_threshold"),
            r("limit_value"), r("utilisation"), t("status"), i("hard"), t("drivers")),
            List.of("run_id", "name"), List.of(List.of("run_id", "name")));

    /** {@code limit_files}, each distinct limits file. */
    public static final EvidenceTable LIMIT_FILES = new EvidenceTable("limit_files", List.of(
            t("fingerprint"), t("source"), t("content"), t("first_seen_run")),
            List.of("fingerprint"), List.of(List.of("fingerprint")));

    /** {@code breach_acks}, the reviews of breaches. */
    public static final EvidenceTable BREACH_ACKS = new EvidenceTable("breach_acks", List.of(
            i("ack_id"), t("run_id"), t("limit_name"), t("acked_at"), t("reviewer"), t("classification"),
            t("action_taken"), t("ack_comment")),
            List.of("ack_id"), List.of(List.of("ack_id")));

    /** {@code model_generations}, one row per committed generation of model files. */
    public static final EvidenceTable MODEL_GENERATIONS = new EvidenceTable("model_generations", List.of(
            i("generation"), t("run_id"), t("committed_at")),
            List.of("generation"), List.of(List.of("generation")));

    /** {@code generation_models}, the model files of a generation. */
    public static final EvidenceTable GENERATION_MODELS = new EvidenceTable("generation_models", List.of(
            i("generation"), t("model"), t("ticker"), t("last_date"), t("sha256")),
            List.of("generation", "model", "ticker"), List.of(List.of("generation", "model", "ticker")));

    /** Every evidence table, in the order a run writes them. */
    public static final List<EvidenceTable> ALL = List.of(RUNS, LIMIT_RESULTS, LIMIT_FILES, MODEL_GENERATIONS,
            GENERATION_MODELS, BREACH_ACKS);
}
