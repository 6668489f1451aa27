package org.lstmrisk.nightly.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only guarantee on PostgreSQL: one trigger function that raises an error, fired before every
 * UPDATE and DELETE row and every TRUNCATE of an evidence table. An INSERT of an existing key is refused by the
 * primary and unique keys, and {@code INSERT … ON CONFLICT DO UPDATE} fires the UPDATE trigger. {@link #check}
 * finds a trigger that was dropped, disabled or pointed at another function, and a function whose body was
 * changed. Works in the connection's current schema. This class is immutable and thread-safe.
 */
final class PostgresGuards {

    /** The trigger function's name. */
    static final String FUNCTION = "lstmrisk_append_only";

    /** The trigger function's body, exactly as stored in {@code pg_proc.prosrc}. */
    static final String BODY = "\nBEGIN\n  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;\nEND\n";

    /** The operations refused on every evidence table, and whether the trigger fires per row. */
    private static final List<Operation> OPERATIONS = List.of(new Operation("UPDATE", true),
            new Operation("DELETE", true), new Operation("TRUNCATE", false));

    private PostgresGuards() {
    }

    private record Operation(String sql, boolean perRow) {
        String triggerName(String table) {
            return table + "_no_" + sql.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Creates (or replaces) the trigger function, in the caller's transaction. */
    static void installFunction(Statement s) throws SQLException {
        s.execute("CREATE OR REPLACE FUNCTION " + FUNCTION + "() RETURNS trigger LANGUAGE plpgsql AS $guard$"
                + BODY + "$guard$");
    }

    /** Creates the triggers of {@code tables}, in the caller's transaction; the function must exist. */
    static void install(Statement s, List<String> tables) throws SQLException {
        installFunction(s);
        for (String table : tables) {
            for (Operation op : OPERATIONS) {
                s.execute("CREATE TRIGGER " + op.triggerName(table) + " BEFORE " + op.sql() + " ON " + table
                        + (op.perRow() ? " FOR EACH ROW" : " FOR EACH STATEMENT") + " EXECUTE FUNCTION " + FUNCTION
                        + "()");
            }
        }
    }

    /** The first guard of the evidence tables that is missing, disabled or altered; empty when all hold. */
    static Optional<ChainVerification.Break> check(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT prosrc FROM pg_proc WHERE proname = ? "
                + "AND pronamespace = current_schema()::regnamespace")) {
            p.setString(1, FUNCTION);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.of(broken("runs", FUNCTION + "()", "missing: the append-only function was dropped"));
                }
                if (!BODY.equals(rs.getString(1))) {
                    return Optional.of(broken("runs", FUNCTION + "()", "altered: it is not the function lstm-risk created"));
                }
            }
        }
        Map<String, String[]> present = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT t.tgname, c.relname, t.tgenabled::text, p.proname, t.tgtype
                FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
                WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace""")) {
            while (rs.next()) {
                present.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                    Integer.toString(rs.getInt(5))});
            }
        }
        for (EvidenceTable table : EvidenceTable.ALL) {
            for (Operation op : OPERATIONS) {
                String name = op.triggerName(table.name());
                String[] t = present.get(name);
                if (t == null) {
                    return Optional.of(broken(table.name(), name, "missing: the append-only guard was dropped"));
                }
                if (!t[0].equals(table.name()) || !t[2].equals(FUNCTION) || t[3].equals(Integer.toString(0))
                        || !typeMatches(Integer.parseInt(t[3]), op)) {
                    return Optional.of(broken(table.name(), name, "altered: it is not the append-only guard lstm-risk created"));
                }
                if ("D".equals(t[1])) {
                    return Optional.of(broken(table.name(), name, "disabled: ALTER TABLE … DISABLE TRIGGER was run"));
                }
            }
        }
        return Optional.empty();
    }

    /** pg_trigger.tgtype bits: 1 row, 2 before, 4 insert, 8 delete, 16 update, 32 truncate. */
    private static boolean typeMatches(int type, Operation op) {
        int event = switch (op.sql()) {
            case "UPDATE" -> 16;
            case "DELETE" -> 8;
            default -> 32;
        };
        int expected = (op.perRow() ? 1 : 0) | 2 | event;
        return type == expected;
    }

    private static ChainVerification.Break broken(String table, String name, String detail) {
        return new ChainVerification.Break(table, name, 0, ChainVerification.Check.GUARD, detail);
    }
}
