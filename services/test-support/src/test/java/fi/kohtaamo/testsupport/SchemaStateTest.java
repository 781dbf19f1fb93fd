package fi.kohtaamo.testsupport;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The check behind the refused-requests passes sees every kind of change, on a real PostgreSQL. */
class SchemaStateTest {

    @Test
    void anInsertAnUpdateAndADeleteAreSeenAndIgnoredTablesAreNot() throws Exception {
        PostgresServer postgres = TestServers.postgres();
        String password = postgres.createServiceRole("statecheck");
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), "statecheck", password);
             Statement sql = connection.createStatement()) {
            sql.execute("create table if not exists statecheck.thing (id int primary key, name text)");
            sql.execute("create table if not exists statecheck.outbox_event (id int primary key)");
            sql.execute("truncate statecheck.thing, statecheck.outbox_event");
            sql.execute("insert into statecheck.thing values (1, 'first')");
            Set<String> ignored = Set.of("outbox_event");
            SchemaState before = SchemaState.of(connection, "statecheck", ignored);

            sql.execute("insert into statecheck.outbox_event values (1)");
            assertThat(SchemaState.of(connection, "statecheck", ignored).changedSince(before)).isEmpty();

            sql.execute("update statecheck.thing set name = 'changed' where id = 1");
            SchemaState updated = SchemaState.of(connection, "statecheck", ignored);
            assertThat(updated.changedSince(before)).containsExactly("thing");

            sql.execute("insert into statecheck.thing values (2, 'second')");
            sql.execute("delete from statecheck.thing where id = 2");
            assertThat(SchemaState.of(connection, "statecheck", ignored).changedSince(updated))
                    .as("an insert undone by a delete leaves the rows as they were").isEmpty();
            sql.execute("delete from statecheck.thing where id = 1");
            assertThat(SchemaState.changedSince(updated, () -> SchemaState.of(connection, "statecheck", ignored)))
                    .containsExactly("thing");
        }
    }
}
