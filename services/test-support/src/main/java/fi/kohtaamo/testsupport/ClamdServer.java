package fi.kohtaamo.testsupport;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A real clamd (Debian's {@code clamav-daemon}) on a free TCP port, loaded with a signature
 * database of one entry made here: the EICAR test file's MD5 and size ({@code .hdb}), named
 * {@value #SIGNATURE}. No signatures are downloaded (clamd reports it as
 * {@code Kohtaamo.Test.EICAR.UNOFFICIAL FOUND}, unofficial databases being marked so).
 */
public final class ClamdServer implements AutoCloseable {

    /** The anti-malware test file every scanner knows; 68 ASCII bytes, harmless. */
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    public static final String SIGNATURE = "Kohtaamo.Test.EICAR";

    private static final Logger LOG = Logger.getLogger(ClamdServer.class);

    private final Path dir;
    private final int port;
    private Process process;

    private ClamdServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** The clamd binary: {@code KOHTAAMO_CLAMD}, else Debian's {@code /usr/sbin/clamd}. */
    public static Path binary() {
        String configured = System.getenv("KOHTAAMO_CLAMD");
        return Path.of(configured != null && !configured.isBlank() ? configured : "/usr/sbin/clamd");
    }

    /** Whether clamd is installed here; tests that need it skip, saying so, when it is not. */
    public static boolean installed() {
        return Files.isExecutable(binary());
    }

    public static ClamdServer start() {
        if (!installed()) {
            throw new IllegalStateException("clamd not found at " + binary() + ": apt-get install clamav-daemon, or set KOHTAAMO_CLAMD");
        }
        long started = System.nanoTime();
        int port = Processes.freePort();
        try {
            Path dir = Files.createTempDirectory("kohtaamo-clamd-");
            Path database = Files.createDirectories(dir.resolve("db"));
            Files.createDirectories(dir.resolve("tmp"));
            byte[] eicar = EICAR.getBytes(StandardCharsets.US_ASCII);
            Files.writeString(database.resolve("kohtaamo-test.hdb"),
                    md5(eicar) + ":" + eicar.length + ":" + SIGNATURE + "\n");
            Path config = dir.resolve("clamd.conf");
            Files.write(config, List.of(
                    "Foreground yes",
                    "TCPSocket " + port,
                    "TCPAddr 127.0.0.1",
                    "DatabaseDirectory " + database,
                    "TemporaryDirectory " + dir.resolve("tmp"),
                    "LogFile " + dir.resolve("clamd.log"),
                    "LogTime yes",
                    "PidFile " + dir.resolve("clamd.pid"),
                    "StreamMaxLength 32M",
                    "MaxFileSize 32M",
                    "MaxScanSize 64M",
                    "SelfCheck 0",
                    "MaxThreads 2"));
            ClamdServer server = new ClamdServer(dir, port);
            server.startAgain();
            LOG.infof("clamd on port %d in %d ms", port, (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start clamd", e);
        }
    }

    /** Starts clamd again after {@link #stop()}, on the same port: a scanner that comes back (nothing when it runs). */
    public void startAgain() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(binary().toString(), "--config-file=" + dir.resolve("clamd.conf"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("clamd.out").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start clamd", e);
        }
        awaitPong();
    }

    private void awaitPong() {
        Processes.awaitAnswer(process, "clamd", dir.resolve("clamd.out"), () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                socket.setSoTimeout(5000);
                OutputStream out = socket.getOutputStream();
                out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                return new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("PONG");
            }
        }, this::stop);
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    @Override
    public void close() {
        stop();
        Processes.deleteTree(dir);
    }

    /** Stops clamd (a scanner that is down): scans fail and files keep waiting; {@link #startAgain()} brings it back. */
    public void stop() {
        if (process == null) {
            return;
        }
        Processes.stop(process);
        process = null;
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
