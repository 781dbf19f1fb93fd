package fi.kohtaamo.webhooks.service;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One webhook POST over HTTP/1.1 to the very address {@link TargetPolicy} checked: the name is
 * not looked up again (java.net.http would), so a DNS answer that changes after the check cannot
 * send the request elsewhere. For https the host name still makes the TLS server name (SNI) and is
 * what the certificate is checked against (endpoint identification HTTPS), and it is the Host
 * header. Only the status line is read: the connection is closed with the rest of the answer
 * unread, and the whole exchange ends within {@code timeout} however slowly the receiver answers.
 * No redirect is ever followed (nothing but the status is read).
 */
final class StatusOnlyPost {

    private static final int MAX_LINE = 8192;

    private final SSLSocketFactory tls;

    StatusOnlyPost(SSLSocketFactory tls) {
        this.tls = tls;
    }

    /** The receiver's status code; an exception when there was no (readable) answer in time. */
    int post(TargetPolicy.Checked target, Map<String, String> headers, byte[] body, Duration timeout) throws IOException {
        URI uri = target.uri();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = TargetPolicy.host(uri);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(target.address(), port), millisLeft(deadline));
            Socket connection = https ? secure(plain, host, port, deadline) : plain;
            try (connection) {
                connection.setSoTimeout(millisLeft(deadline));
                OutputStream out = connection.getOutputStream();
                out.write(head(uri, port, https, headers, body.length).getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                return status(connection, deadline);
            }
        }
    }

    private Socket secure(Socket plain, String host, int port, long deadline) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(plain, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        if (!isAddressLiteral(host)) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        ssl.setSSLParameters(parameters);
        ssl.setSoTimeout(millisLeft(deadline));
        ssl.startHandshake();
        return ssl;
    }

    private static String head(URI uri, int port, boolean https, Map<String, String> headers, int length) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        boolean defaultPort = port == (https ? 443 : 80);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(defaultPort ? "" : ":" + port).append("\r\n")
                .append("Content-Length: ").append(length).append("\r\n")
                .append("Connection: close\r\n")
                .append("User-Agent: Kohtaamo-Webhooks\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    /** The final status line's code (informational 1xx answers skipped), read within the deadline. */
    private static int status(Socket connection, long deadline) throws IOException {
        InputStream in = connection.getInputStream();
        while (true) {
            String line = line(connection, in, deadline);
            String[] parts = line.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
                throw new IOException("not an HTTP/1.x status line");
            }
            int status = Integer.parseInt(parts[1]);
            if (status >= 200) {
                return status;
            }
            while (!line(connection, in, deadline).isEmpty()) {
                // an informational answer's headers
            }
        }
    }

    private static String line(Socket connection, InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            connection.setSoTimeout(millisLeft(deadline));
            int next = in.read();
            if (next == -1) {
                throw new IOException("the receiver closed the connection before its status");
            }
            if (next == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("the receiver's status line is too long");
            }
            line.write(next);
        }
    }

    private static int millisLeft(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("request timed out");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private static boolean isAddressLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }
}
