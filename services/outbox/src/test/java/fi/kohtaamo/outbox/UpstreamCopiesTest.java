package fi.kohtaamo.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.testsupport.PostgresServer;
import fi.kohtaamo.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local copy kept from an upstream entity's events, in a real PostgreSQL database: the inbox
 * record, the copy and the version it holds are written in one transaction, as in a service.
 */
class UpstreamCopiesTest {

    private static final String SCHEMA = "upstream_test";
    private static final String CONSUMER = "test.copies";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant T = Instant.parse("2026-11-28T08:15:30.123456Z");

    private static PGSimpleDataSource dataSource;
    private final InboxStore inbox = new InboxStore(SCHEMA);
    private Connection connection;
    private int stored;

    @BeforeAll
    static void startPostgres() throws Exception {
        PostgresServer postgres = TestServers.postgres();
        String password = postgres.createServiceRole(SCHEMA);
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(SCHEMA);
        dataSource.setPassword(password);
        try (InputStream in = UpstreamCopiesTest.class.getResourceAsStream("/db/outbox/V0_1__outbox_and_inbox.sql");
             Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set search_path = " + SCHEMA);
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            statement.execute("create table known_thing (id text primary key, name text not null,"
                    + " version bigint not null, updated_at timestamptz not null)");
        }
    }

    @BeforeEach
    void open() throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void anOlderEventDeliveredAfterANewerOneIsIgnored() throws Exception {
        String id = id();
        CloudEvent newer = event(id, "second name", 2, T);
        CloudEvent older = event(id, "first name", 1, T.plusSeconds(60)); // a later clock does not make it newer

        assertThat(apply(newer)).isEqualTo(UpstreamCopies.Outcome.APPLIED);
        assertThat(apply(older)).isEqualTo(UpstreamCopies.Outcome.STALE);

        assertThat(copy(id)).isEqualTo(new KnownThing(id, "second name", new UpstreamVersion(2, T)));
        // Skipped, yet consumed: its redelivery is a duplicate, not a second look.
        assertThat(apply(older)).isEqualTo(UpstreamCopies.Outcome.DUPLICATE);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        String id = id();
        CloudEvent event = event(id, "the name", 1, T);

        assertThat(apply(event)).isEqualTo(UpstreamCopies.Outcome.APPLIED);
        rename(id, "renamed locally"); // a second effect would overwrite this
        assertThat(apply(event)).isEqualTo(UpstreamCopies.Outcome.DUPLICATE);

        assertThat(copy(id).name()).isEqualTo("renamed locally");
        assertThat(inboxRecords(event)).isEqualTo(1);
    }

    @Test
    void aNewerEventAfterAnOlderOneIsApplied() throws Exception {
        String id = id();
        assertThat(apply(event(id, "first name", 1, T))).isEqualTo(UpstreamCopies.Outcome.APPLIED);
        assertThat(apply(event(id, "second name", 2, T.minusSeconds(5)))).isEqualTo(UpstreamCopies.Outcome.APPLIED);

        assertThat(copy(id)).isEqualTo(new KnownThing(id, "second name", new UpstreamVersion(2, T.minusSeconds(5))));
        assertThat(stored).as("only the new copy is stored; the held one changes in place").isEqualTo(1);
    }

    @Test
    void betweenEventsOfOneVersionTheLaterTimeWins() throws Exception {
        String id = id();
        apply(event(id, "restated", 3, T));

        assertThat(apply(event(id, "restated earlier", 3, T.minusMillis(1)))).isEqualTo(UpstreamCopies.Outcome.STALE);
        assertThat(apply(event(id, "restated later", 3, T.plusMillis(1)))).isEqualTo(UpstreamCopies.Outcome.APPLIED);

        assertThat(copy(id).name()).isEqualTo("restated later");
    }

    @Test
    void anEventWhoseChangeFailsLeavesNoInboxRecordAndIsAppliedWhenRedelivered() throws Exception {
        String id = id();
        CloudEvent event = event(id, "the name", 1, T);
        try {
            UpstreamCopies.apply(() -> firstDelivery(event), event, () -> null, held -> {
                throw new IllegalStateException("simulated failure");
            }, created -> { });
        } catch (IllegalStateException expected) {
            connection.rollback();
        }

        assertThat(apply(event)).isEqualTo(UpstreamCopies.Outcome.APPLIED);
        assertThat(copy(id).name()).isEqualTo("the name");
    }

    /**
     * Applies one delivery in its own transaction, as a consumer does; the kept copy is written
     * at the end, as Hibernate flushes a managed entity at commit.
     */
    private UpstreamCopies.Outcome apply(CloudEvent event) throws SQLException {
        String id = event.subject();
        String name = event.data().path("name").asText();
        KnownThing[] kept = new KnownThing[1];
        UpstreamCopies.Outcome outcome = UpstreamCopies.apply(() -> firstDelivery(event), event, () -> copy(id), held -> {
            kept[0] = held == null ? new KnownThing(id, name, null) : held.named(name);
            return kept[0];
        }, created -> {
            assertThat(created.heldVersion()).as("a new copy holds its version before it is stored").isNotNull();
            stored++;
        });
        if (kept[0] != null) {
            kept[0].save(connection);
        }
        connection.commit();
        return outcome;
    }

    private boolean firstDelivery(CloudEvent event) {
        try {
            return inbox.firstDelivery(connection, CONSUMER, event);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private KnownThing copy(String id) {
        try (PreparedStatement query = connection.prepareStatement(
                "select name, version, updated_at from " + SCHEMA + ".known_thing where id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new KnownThing(id, row.getString(1),
                        new UpstreamVersion(row.getLong(2), row.getTimestamp(3).toInstant())) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rename(String id, String name) throws SQLException {
        copy(id).named(name).save(connection);
        connection.commit();
    }

    private long inboxRecords(CloudEvent event) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from " + SCHEMA + ".inbox_event where consumer = ? and event_id = ?")) {
            count.setString(1, CONSUMER);
            count.setObject(2, event.id());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static CloudEvent event(String id, String name, long version, Instant time) {
        return new CloudEvent(UUID.randomUUID(), "/kohtaamo/test", "fi.kohtaamo.test.thing-changed.v1", id,
                time.atOffset(ZoneOffset.UTC), MAPPER.createObjectNode().put("name", name).put("version", version));
    }

    private static String id() {
        return "thing-" + UUID.randomUUID();
    }

    /** The test's local copy: a row of known_thing, written when saved. */
    private static final class KnownThing implements LocalCopy {
        private final String id;
        private String name;
        private UpstreamVersion version;

        KnownThing(String id, String name, UpstreamVersion version) {
            this.id = id;
            this.name = name;
            this.version = version;
        }

        String name() {
            return name;
        }

        KnownThing named(String newName) {
            name = newName;
            return this;
        }

        @Override
        public UpstreamVersion heldVersion() {
            return version;
        }

        @Override
        public void holdVersion(UpstreamVersion held) {
            this.version = held;
        }

        void save(Connection connection) throws SQLException {
            try (PreparedStatement upsert = connection.prepareStatement("insert into " + SCHEMA + ".known_thing"
                    + " (id, name, version, updated_at) values (?, ?, ?, ?) on conflict (id) do update"
                    + " set name = excluded.name, version = excluded.version, updated_at = excluded.updated_at")) {
                upsert.setString(1, id);
                upsert.setString(2, name);
                upsert.setLong(3, version.version());
                upsert.setTimestamp(4, Timestamp.from(version.time()));
                upsert.executeUpdate();
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof KnownThing thing && id.equals(thing.id) && name.equals(thing.name)
                    && version.equals(thing.version);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public String toString() {
            return id + " " + name + " " + version;
        }
    }
}
