package org.lstmrisk.nightly.history;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lstmrisk.io.Fingerprints;
import org.lstmrisk.nightly.history.ChainVerification.Break;
import org.lstmrisk.nightly.history.ChainVerification.Check;
import org.lstmrisk.nightly.history.EvidenceTable.Column;

/**
 * The hash chain of the audit trail: ONE chain over every row of every {@link EvidenceTable}, in insertion
 * order. Each row carries {@code chain_seq} (1, 2, 3, ... across all tables), {@code prev_hash} (the previous
 * row's {@code row_hash}, {@link #GENESIS} for row 1) and {@code row_hash}, the SHA-256 ({@link Fingerprints},
 * written {@code sha256:<hex>}) of the UTF-8 bytes of the row's canonical serialisation:
 * <pre>
 * lstm-risk audit chain v1 LF
 * table=&lt;table&gt; LF
 * chain_seq=i&lt;n&gt; LF
 * &lt;column&gt;=&lt;value&gt; LF        for each column of the table, in {@link EvidenceTable} order
 * prev_hash=&lt;value&gt; LF
 * </pre>
 * where a value is {@code n} for NULL, {@code i<decimal>} for an integer, {@code r<16 hex digits>} for a double
 * (its IEEE-754 bits; -0.0 is written as 0.0 and NaN as NULL, as SQLite stores them) and
 * {@code t<UTF-8 byte length>:<text>} for text. The computation is plain Java over values read through JDBC,
 * so it ports to any database. Stateless; thread-safe.
 *
 * <p>What it proves: a row changed, inserted or deleted after it was recorded, by anyone who did not also
 * recompute the hashes of every later row. Whoever can write the file and knows this (published) recipe can
 * rewrite the tail of the chain consistently; only a copy of the head hash kept elsewhere
 * ({@code history --verify} prints it) shows that. Truncating the newest rows leaves an intact shorter chain.
 */
public final class AuditChain {

    /** The previous hash of the first row. */
    public static final String GENESIS = "sha256:" + "0".repeat(64);

    private static final String HEADER = "lstm-risk audit chain v1\n";

    private AuditChain() {
    }

    /**
     * Appends {@code rows} (each the values of {@code table}'s columns in order: String, Number or null) to
     * {@code table} at the end of the chain, through {@code c}, without committing.
     */
    public static void append(Connection c, EvidenceTable table, List<List<Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Link head = head(c);
        String columns = table.columnList() + ", " + String.join(", ", EvidenceTable.CHAIN_COLUMNS);
        String marks = String.join(", ", Collections.nCopies(table.columns().size() + 3, "?"));
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO " + table.name() + " (" + columns + ") VALUES (" + marks + ")")) {
            long seq = head.seq();
            String prev = head.hash();
            for (List<Object> raw : rows) {
                List<Object> values = normalised(table, raw);
                seq++;
                String hash = hash(table, seq, values, prev);
                int i = 0;
                for (Column column : table.columns()) {
                    set(p, ++i, column, values.get(i - 1));
                }
                p.setLong(++i, seq);
                p.setString(++i, prev);
                p.setString(++i, hash);
                p.addBatch();
                prev = hash;
            }
            p.executeBatch();
        }
    }

    /**
     * Checks every evidence row and, on SQLite, the append-only triggers. Reads only.
     *
     * @param sqlite whether to check SQLite's triggers too
     * @param preChained the number of rows the schema migration chained (reported, not checked)
     */
    public static ChainVerification verify(Connection c, boolean sqlite, long preChained) throws SQLException {
        var rows = new ArrayList<StoredRow>();
        for (EvidenceTable table : EvidenceTable.ALL) {
            for (StoredRow row : read(c, table)) {
                if (row.seq() == null || row.prev() == null || row.hash() == null) {
                    return broken(rows.size(), preChained, new Break(table.name(), row.keyText(), 0, Check.UNCHAINED,
                            "it has no chain_seq, prev_hash or row_hash: it was inserted outside lstm-risk"));
                }
                rows.add(row.withoutValues());
            }
        }
        rows.sort(Comparator.comparingLong(StoredRow::seq));
        String prevHash = GENESIS;
        StoredRow previous = null;
        for (int k = 0; k < rows.size(); k++) {
            StoredRow row = rows.get(k);
            long expected = k + 1L;
            if (row.seq() != expected) {
                String detail = row.seq() < expected
                        ? "chain #" + row.seq() + " is also carried by " + previous.table().name() + " row "
                                + previous.keyText() + ": a row was inserted outside lstm-risk"
                        : "chain #" + expected + " is missing before it: a row was deleted";
                return broken(rows.size(), preChained, new Break(row.table().name(), row.keyText(), row.seq(),
                        Check.SEQUENCE, detail));
            }
            if (!row.contentMatches()) {
                return broken(rows.size(), preChained, new Break(row.table().name(), row.keyText(), row.seq(),
                        Check.CONTENT, "its fields do not give its recorded hash " + Fingerprints.shortForm(row.hash(), 12)
                                + ": it was changed after it was recorded"));
            }
            if (!row.prev().equals(prevHash)) {
                String before = previous == null ? "the start of the chain"
                        : previous.table().name() + " row " + previous.keyText() + " (chain #" + previous.seq() + ")";
                return broken(rows.size(), preChained, new Break(row.table().name(), row.keyText(), row.seq(),
                        Check.LINK, "its prev_hash " + Fingerprints.shortForm(row.prev(), 12)
                                + " is not the hash of " + before + ": that row was rewritten or replaced"));
            }
            prevHash = row.hash();
            previous = row;
        }
        if (sqlite) {
            Optional<Break> guard = guards(c);
            if (guard.isPresent()) {
                return broken(rows.size(), preChained, guard.get());
            }
        }
        return new ChainVerification(rows.size(), prevHash, preChained, Optional.empty());
    }

    /**
     * Chains the rows that exist without chain fields (the schema migration to version 3), in this documented
     * order: the runs by {@code run_seq}, each followed by its limit results (by ordinal), the limits files it
     * first used (by fingerprint), its model generations (by number) and their models (by model, ticker); then
     * any other unchained row of those tables in table order; then the reviews by {@code ack_id}. Needs
     * UPDATE on the evidence tables (the caller lifts SQLite's triggers).
     *
     * @return the number of rows chained
     */
    static long chainExisting(Connection c) throws SQLException {
        Map<EvidenceTable, List<StoredRow>> byTable = new LinkedHashMap<>();
        for (EvidenceTable table : EvidenceTable.ALL) {
            byTable.put(table, new ArrayList<>(read(c, table).stream().filter(r -> r.seq() == null).toList()));
        }
        var ordered = new ArrayList<StoredRow>();
        List<StoredRow> runs = byTable.get(EvidenceTable.RUNS);
        runs.sort(Comparator.comparingLong(r -> r.longAt("run_seq")));
        for (StoredRow run : runs) {
            String runId = run.textAt("run_id");
            ordered.add(run);
            take(byTable, EvidenceTable.LIMIT_RESULTS, "run_id", runId, ordered,
                    Comparator.comparingLong(r -> r.longAt("ordinal")));
            take(byTable, EvidenceTable.LIMIT_FILES, "first_seen_run", runId, ordered,
                    Comparator.comparing(r -> r.textAt("fingerprint")));
            List<StoredRow> generations = take(byTable, EvidenceTable.MODEL_GENERATIONS, "run_id", runId, ordered,
                    Comparator.comparingLong(r -> r.longAt("generation")));
            for (StoredRow g : generations) {
                takeAll(byTable, EvidenceTable.GENERATION_MODELS, r -> r.longAt("generation") == g.longAt("generation"),
                        ordered, Comparator.comparing((StoredRow r) -> r.textAt("model")).thenComparing(r -> r.textAt("ticker")));
            }
        }
        runs.clear();
        for (EvidenceTable table : EvidenceTable.ALL) {
            if (table != EvidenceTable.BREACH_ACKS) {
                ordered.addAll(byTable.get(table));
            }
        }
        List<StoredRow> acks = byTable.get(EvidenceTable.BREACH_ACKS);
        acks.sort(Comparator.comparingLong(r -> r.longAt("ack_id")));
        ordered.addAll(acks);

        Link head = head(c);
        long seq = head.seq();
        String prev = head.hash();
        for (StoredRow row : ordered) {
            seq++;
            String hash = hash(row.table(), seq, row.values(), prev);
            String where = row.table().key().stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
            try (PreparedStatement p = c.prepareStatement("UPDATE " + row.table().name()
                    + " SET chain_seq = ?, prev_hash = ?, row_hash = ? WHERE " + where)) {
                p.setLong(1, seq);
                p.setString(2, prev);
                p.setString(3, hash);
                int i = 3;
                for (String k : row.table().key()) {
                    Column column = row.table().columns().get(row.table().indexOf(k));
                    set(p, ++i, column, row.values().get(row.table().indexOf(k)));
                }
                if (p.executeUpdate() != 1) {
                    throw new SQLException("cannot chain " + row.table().name() + " row " + row.keyText()
                            + ": its key does not name exactly one row");
                }
            }
            prev = hash;
        }
        return ordered.size();
    }

    /** The canonical serialisation of a row (values already normalised), as documented above. */
    static String canonical(EvidenceTable table, long seq, List<Object> values, String prev) {
        var sb = new StringBuilder(HEADER);
        sb.append("table=").append(table.name()).append('\n');
        sb.append("chain_seq=i").append(seq).append('\n');
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            if (column.omittedWhenNull() && values.get(i) == null) {
                continue;
            }
            sb.append(column.name()).append('=');
            encode(sb, column, values.get(i));
            sb.append('\n');
        }
        sb.append("prev_hash=");
        encode(sb, new Column("prev_hash", EvidenceTable.Kind.TEXT), prev);
        sb.append('\n');
        return sb.toString();
    }

    /** The row hash of a row: SHA-256 of its canonical serialisation. */
    static String hash(EvidenceTable table, long seq, List<Object> values, String prev) {
        return Fingerprints.sha256(canonical(table, seq, values, prev));
    }

    private static void encode(StringBuilder sb, Column column, Object value) {
        if (value == null) {
            sb.append('n');
            return;
        }
        switch (column.kind()) {
            case INTEGER -> sb.append('i').append(((Number) value).longValue());
            case REAL -> sb.append('r').append(String.format("%016x", Double.doubleToLongBits((Double) value)));
            case TEXT -> {
                String text = (String) value;
                sb.append('t').append(text.getBytes(StandardCharsets.UTF_8).length).append(':').append(text);
            }
        }
    }

    /** The values as the database will give them back: Long for integers, NaN as null, -0.0 as 0.0. */
    private static List<Object> normalised(EvidenceTable table, List<Object> raw) {
        if (raw.size() != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + " has " + table.columns().size() + " columns, got "
                    + raw.size() + " values");
        }
        var values = new ArrayList<Object>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Object v = raw.get(i);
            Column column = table.columns().get(i);
            if (v != null) {
                v = switch (column.kind()) {
                    case INTEGER -> v instanceof Boolean b ? (Object) (b ? 1L : 0L) : (Object) ((Number) v).longValue();
                    case REAL -> {
                        double d = ((Number) v).doubleValue();
                        yield Double.isNaN(d) ? null : (Object) (d == 0.0 ? 0.0 : d);
                    }
                    case TEXT -> (String) v;
                };
            }
            values.add(v);
        }
        return values;
    }

    private static void set(PreparedStatement p, int index, Column column, Object value) throws SQLException {
        switch (column.kind()) {
            case INTEGER -> {
                if (value == null) {
                    p.setNull(index, Types.BIGINT);
                } else {
                    p.setLong(index, (Long) value);
                }
            }
            case REAL -> {
                if (value == null) {
                    p.setNull(index, Types.DOUBLE);
                } else {
                    p.setDouble(index, (Double) value);
                }
            }
            case TEXT -> p.setString(index, (String) value);
        }
    }

    private static List<StoredRow> read(Connection c, EvidenceTable table) throws SQLException {
        var rows = new ArrayList<StoredRow>();
        java.util.Set<String> present = columnsOf(c, table.name());
        String select = table.columns().stream()
                .map(col -> present.contains(col.name()) ? col.name() : "NULL AS " + col.name())
                .collect(Collectors.joining(", "));
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + select + ", "
                     + String.join(", ", EvidenceTable.CHAIN_COLUMNS) + " FROM " + table.name())) {
            int n = table.columns().size();
            while (rs.next()) {
                var values = new ArrayList<Object>(n);
                for (int i = 0; i < n; i++) {
                    Object v = switch (table.columns().get(i).kind()) {
                        case INTEGER -> rs.getLong(i + 1);
                        case REAL -> rs.getDouble(i + 1);
                        case TEXT -> rs.getString(i + 1);
                    };
                    values.add(rs.wasNull() ? null : v);
                }
                long seq = rs.getLong(n + 1);
                Long seqOrNull = rs.wasNull() ? null : seq;
                rows.add(new StoredRow(table, values, seqOrNull, rs.getString(n + 2), rs.getString(n + 3), false));
            }
        }
        return rows;
    }

    /**
     * The lower-case names of the columns {@code table} has: a history not yet migrated to the current version (read
     * by {@code history --verify}) lacks the columns added since, which read as NULL.
     */
    static java.util.Set<String> columnsOf(Connection c, String table) throws SQLException {
        var names = new java.util.HashSet<String>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            java.sql.ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static List<StoredRow> take(Map<EvidenceTable, List<StoredRow>> byTable, EvidenceTable table,
                                        String column, String value, List<StoredRow> into,
                                        Comparator<StoredRow> order) {
        return takeAll(byTable, table, r -> value.equals(r.textAt(column)), into, order);
    }

    private static List<StoredRow> takeAll(Map<EvidenceTable, List<StoredRow>> byTable, EvidenceTable table,
                                           java.util.function.Predicate<StoredRow> which, List<StoredRow> into,
                                           Comparator<StoredRow> order) {
        List<StoredRow> source = byTable.get(table);
        List<StoredRow> taken = new ArrayList<>(source.stream().filter(which).toList());
        taken.sort(order);
        source.removeAll(taken);
        into.addAll(taken);
        return taken;
    }

    /** The last row's chain number and hash: (0, GENESIS) for an empty chain. */
    private static Link head(Connection c) throws SQLException {
        Link head = new Link(0, GENESIS);
        for (EvidenceTable table : EvidenceTable.ALL) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT chain_seq, row_hash FROM " + table.name()
                         + " WHERE chain_seq = (SELECT MAX(chain_seq) FROM " + table.name() + ")")) {
                if (rs.next() && rs.getLong(1) > head.seq()) {
                    head = new Link(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return head;
    }

    private static Optional<Break> guards(Connection c) throws SQLException {
        Map<String, String> present = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) {
            while (rs.next()) {
                present.put(rs.getString(1), rs.getString(2));
            }
        }
        for (HistorySchema.Guard guard : HistorySchema.guards()) {
            String sql = present.get(guard.name());
            if (sql == null) {
                return Optional.of(new Break(guard.table(), guard.name(), 0, Check.GUARD,
                        "missing: the append-only guard was dropped"));
            }
            if (!sql.equals(guard.sql())) {
                return Optional.of(new Break(guard.table(), guard.name(), 0, Check.GUARD,
                        "altered: it is not the append-only guard lstm-risk created"));
            }
        }
        return Optional.empty();
    }

    private static ChainVerification broken(long rows, long preChained, Break b) {
        return new ChainVerification(rows, GENESIS, preChained, Optional.of(b));
    }

    private record Link(long seq, String hash) {
    }

    /** A row as stored; {@code contentMatches} is computed once when the values are dropped. */
    private record StoredRow(EvidenceTable table, List<Object> values, Long seq, String prev, String hash,
                             boolean contentMatches) {

        StoredRow withoutValues() {
            boolean matches = hash.equals(AuditChain.hash(table, seq, values, prev));
            List<Object> key = table.key().stream().map(k -> values.get(table.indexOf(k))).toList();
            return new StoredRow(new EvidenceTable(table.name(), table.key().stream()
                    .map(k -> table.columns().get(table.indexOf(k))).toList(), table.key(), List.of()),
                    key, seq, prev, hash, matches);
        }

        String keyText() {
            var parts = new ArrayList<String>();
            for (String k : table.key()) {
                parts.add(k + "=" + values.get(table.indexOf(k)));
            }
            return String.join(", ", parts);
        }

        String textAt(String column) {
            return (String) values.get(table.indexOf(column));
        }

        long longAt(String column) {
            Object v = values.get(table.indexOf(column));
            return v == null ? 0 : (Long) v;
        }
    }

    /** One row's values for {@link #append}, in column order; nulls allowed. */
    public static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
