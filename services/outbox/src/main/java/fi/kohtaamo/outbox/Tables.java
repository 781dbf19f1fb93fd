package fi.kohtaamo.outbox;

import java.util.regex.Pattern;

/** Qualified names of the library's tables; the schema comes from configuration, never from input. */
final class Tables {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private Tables() {
    }

    static String qualified(String schema, String table) {
        if (schema == null || !SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        return schema + "." + table;
    }
}
