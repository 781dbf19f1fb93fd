package fi.kohtaamo.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * What a service's schema holds, table by table (row count and a digest of every row), so that a
 * test can tell whether a request changed any data: the bad-input passes compare it before and
 * after each refused write. Tables the mechanism writes on its own (the outbox's relay marks, the
 * inbox, Flyway's history) are left out by the caller.
 */
public record SchemaState(Map<String, String> tables) {

    /** Reads every table of {@code schema} but those in {@code ignored}. */
    public static SchemaState of(Connection connection, String schema, Set<String> ignored) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement list = connection.prepareStatement(
                "select tablename from pg_tables where schemaname = ? order by tablename")) {
            list.setString(1, schema);
            try (ResultSet rows = list.executeQuery()) {
                while (rows.next()) {
                    if (!ignored.contains(rows.getString(1))) {
                        names.add(rows.getString(1));
                    }
                }
            }
        }
        Map<String, String> tables = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                String table = '"' + schema + "\".\"" + name + '"';
                try (ResultSet row = statement.executeQuery("select count(*) || ' rows, ' || coalesce(md5(string_agg(md5(t::text), ''"
                        + " order by md5(t::text))), '-') from " + table + " t")) {
                    row.next();
                    tables.put(name, row.getString(1));
                }
            }
        }
        return new SchemaState(tables);
    }

    /** The tables whose rows differ from {@code before}'s. */
    public Set<String> changedSince(SchemaState before) {
        Set<String> changed = new TreeSet<>();
        tables.forEach((name, digest) -> {
            if (!digest.equals(before.tables.get(name))) {
                changed.add(name);
            }
        });
        before.tables.keySet().stream().filter(name -> !tables.containsKey(name)).forEach(changed::add);
        return changed;
    }

    /**
     * The tables changed since {@code before}, as {@code now} reads them, less those that change
     * on their own within half a second (a background job's work is not the request's doing).
     */
    public static Set<String> changedSince(SchemaState before, Callable<SchemaState> now) throws Exception {
        Set<String> changed = now.call().changedSince(before);
        if (!changed.isEmpty()) {
            SchemaState quiet = now.call();
            Thread.sleep(500);
            changed.removeAll(now.call().changedSince(quiet));
        }
        return changed;
    }
}
