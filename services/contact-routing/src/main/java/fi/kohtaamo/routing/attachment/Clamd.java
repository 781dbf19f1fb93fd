package fi.kohtaamo.routing.attachment;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedOutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client of clamd's INSTREAM command over TCP: the file goes in chunks (a four-byte big-endian
 * length, then the bytes; a zero length ends it), and clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}. Anything else (an error, a closed connection, a timeout) is
 * an {@link IOException}: the file stays waiting and is scanned again later.
 */
public final class Clamd {

    private static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 4096;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public Clamd(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /** What clamd found: {@code finding} is the signature's name when infected. */
    public record Verdict(boolean clean, String finding) {
    }

    public Verdict scan(InputStream content) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), CHUNK + 4));
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[CHUNK];
            for (int read = content.read(chunk); read >= 0; read = content.read(chunk)) {
                if (read > 0) {
                    out.writeInt(read);
                    out.write(chunk, 0, read);
                }
            }
            out.writeInt(0);
            out.flush();
            return parse(readReply(socket.getInputStream()));
        }
    }

    static Verdict parse(String reply) throws IOException {
        String answer = reply.strip();
        if (answer.equals("stream: OK")) {
            return new Verdict(true, null);
        }
        if (answer.startsWith("stream: ") && answer.endsWith(" FOUND")) {
            return new Verdict(false, answer.substring("stream: ".length(), answer.length() - " FOUND".length()).strip());
        }
        throw new IOException("clamd answered: " + answer);
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0 && reply.size() < MAX_REPLY; b = in.read()) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.UTF_8);
    }
}
