package fi.kohtaamo.testsupport;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from the system's binaries (Debian's postgresql package), run
 * as the unprivileged {@code postgres} user when the tests run as root, as PostgreSQL demands.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresServer(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    public static PostgresServer start() {
        Path bin = findBinaries();
        int port = Processes.freePort();
        try {
            Path dir = Files.createTempDirectory("kohtaamo-pg-");
            if (Processes.runningAsRoot()) {
                Processes.run(List.of("chown", "postgres:postgres", dir.toString()), dir.resolveSibling(dir.getFileName() + ".log"));
            }
            PostgresServer server = new PostgresServer(bin, dir, port);
            server.initAndStart();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a folder for PostgreSQL", e);
        }
    }

    private void initAndStart() {
        long started = System.nanoTime();
        Processes.run(Processes.asUser("postgres", List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
                "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")), setupLog());
        startAgain();
        LOG.infof("PostgreSQL from %s on port %d in %d ms", bin, port, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Starts the server again after {@link #stopHard()}, on the same port with the same data: what
     * a service sees when its database comes back after a crash or a failover.
     */
    public void startAgain() {
        // Durability against the machine failing is off (fsync, full pages): a test server's data is
        // thrown away anyway. A commit is still written to the operating system before it is
        // acknowledged (synchronous_commit on, cheap without fsync), as in production: stopHard()
        // kills the server the way a crash does, and a commit it acknowledged must survive that, or
        // an outage test counts an event the consumer rightly applied as lost.
        Processes.run(Processes.asUser("postgres", List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                "-l", dir.resolve("postgres.log").toString(), "-w", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir
                        + " -c fsync=off -c full_page_writes=off -c max_connections=200",
                "start")), setupLog());
    }

    /** Stops the server at once, cutting every connection, as a crash would; {@link #startAgain()} brings it back. */
    public void stopHard() {
        Processes.run(Processes.asUser("postgres", List.of(bin.resolve("pg_ctl").toString(), "-D",
                dir.resolve("data").toString(), "-m", "immediate", "-w", "stop")), setupLog());
    }

    private Path setupLog() {
        return dir.resolveSibling(dir.getFileName() + ".log");
    }

    private static Path findBinaries() {
        String configured = System.getenv("KOHTAAMO_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                List<Path> candidates = new ArrayList<>(versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("pg_ctl"))).toList());
                candidates.sort(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (!candidates.isEmpty()) {
                    return candidates.get(candidates.size() - 1);
                }
            } catch (IOException ignored) {
                // fall through to the message below
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries not found under /usr/lib/postgresql: "
                + "install them (apt-get install postgresql) or set KOHTAAMO_PG_BIN to the folder with pg_ctl");
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /**
     * Creates a login role and a schema it owns, as the launcher does for each service, and
     * returns the role's password (the role's name).
     */
    public String createServiceRole(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + name + "') then "
                    + "create role " + name + " login password '" + name + "'; end if; end $$");
            statement.execute("create schema if not exists " + name + " authorization " + name);
            statement.execute("alter role " + name + " set search_path = " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create role " + name, e);
        }
    }

    /** Creates an extension (e.g. pg_trgm) in a service's schema, as the superuser. */
    public void createExtension(String extension, String schema) {
        if (!IDENTIFIER.matcher(extension).matches() || !IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("not plain identifiers: " + extension + ", " + schema);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists " + extension + " with schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create extension " + extension, e);
        }
    }

    @Override
    public void close() {
        try {
            stopHard();
        } catch (RuntimeException e) {
            LOG.warnf("stopping PostgreSQL: %s", e.getMessage());
        }
        Processes.deleteTree(dir);
        try {
            Files.deleteIfExists(dir.resolveSibling(dir.getFileName() + ".log"));
        } catch (IOException ignored) {
            // best effort
        }
    }
}
