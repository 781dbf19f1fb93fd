package fi.kohtaamo.webhooks.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DNS rebinding: a delivery connects to the address the target check accepted and never asks the
 * resolver again, so an answer that changes after the check cannot send it elsewhere; the host name
 * still is the Host header, the TLS server name, and what the certificate must name. Real sockets on
 * 127.0.0.1; a test resolver stands in for DNS.
 */
class StatusOnlyPostTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Map<String, String> HEADERS = Map.of("webhook-id", "e1");

    /** Answers {@code first} to the first question and {@code later} to every other. */
    private static final class Rebinding implements TargetPolicy.Resolver {
        final AtomicInteger asked = new AtomicInteger();
        final InetAddress first;
        final InetAddress later;

        Rebinding(String first, String later) throws IOException {
            this.first = InetAddress.getByName(first);
            this.later = InetAddress.getByName(later);
        }

        @Override
        public InetAddress[] resolve(String host) {
            return new InetAddress[] {asked.getAndIncrement() == 0 ? first : later};
        }
    }

    /** A plain HTTP/1.1 receiver on 127.0.0.1: records each request's head, answers 204. */
    private static final class Plain implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final List<List<String>> heads = new CopyOnWriteArrayList<>();
        final Thread accepting = Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    heads.add(answer(socket));
                } catch (IOException closed) {
                    return;
                }
            }
        });

        Plain() throws IOException {
        }

        @Override
        public void close() throws Exception {
            server.close();
            accepting.join(2_000);
        }
    }

    private static List<String> answer(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        List<String> head = new ArrayList<>();
        String line;
        int length = 0;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            head.add(line);
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        in.skip(length);
        socket.getOutputStream().write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return head;
    }

    private static StatusOnlyPost poster() throws Exception {
        return new StatusOnlyPost(SSLContext.getDefault().getSocketFactory());
    }

    @Test
    void theRequestGoesToTheCheckedAddressAndTheNameIsNotLookedUpAgain() throws Exception {
        try (Plain receiver = new Plain()) {
            Rebinding resolver = new Rebinding("127.0.0.1", "127.0.0.2");
            TargetPolicy policy = new TargetPolicy(true, List.of("127.0.0.0/8"), resolver);
            // a name no real resolver knows: the request can only arrive if the checked address is used
            String url = "http://hook.invalid:" + receiver.server.getLocalPort() + "/in?x=1";
            TargetPolicy.Checked checked = policy.check(url);
            assertThat(checked.refusal()).isNull();
            assertThat(checked.address().getHostAddress()).isEqualTo("127.0.0.1");

            assertThat(poster().post(checked, HEADERS, "{}".getBytes(StandardCharsets.UTF_8), TIMEOUT)).isEqualTo(204);
            assertThat(resolver.asked.get()).as("looked up once, by the check").isEqualTo(1);
            assertThat(receiver.heads).hasSize(1);
            assertThat(receiver.heads.getFirst()).contains("POST /in?x=1 HTTP/1.1",
                    "Host: hook.invalid:" + receiver.server.getLocalPort(), "webhook-id: e1", "Content-Length: 2");
        }
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckNeverReachesIt() throws Exception {
        try (Plain receiver = new Plain()) {
            // a public-looking address at the check, then this machine's loopback, which is not allowed
            Rebinding resolver = new Rebinding("198.51.100.7", "127.0.0.1");
            TargetPolicy policy = new TargetPolicy(true, List.of(), resolver);
            TargetPolicy.Checked checked = policy.check("http://rebind.invalid:" + receiver.server.getLocalPort() + "/in");
            assertThat(checked.refusal()).isNull();

            assertThatThrownBy(() -> poster().post(checked, HEADERS, new byte[0], Duration.ofSeconds(1)))
                    .isInstanceOf(IOException.class);
            assertThat(receiver.heads).as("the loopback receiver").isEmpty();
            assertThat(resolver.asked.get()).isEqualTo(1);
            // asked again, the name is refused: the check, not the connection, is where a lookup happens
            assertThat(policy.check("http://rebind.invalid/in").refusal()).contains("loopback");
        }
    }

    /**
     * https to the checked address: the TLS server name is the host name and the certificate must
     * name it (checked against the name, not the address); a certificate for another name fails.
     */
    @Test
    void tlsKeepsTheHostNameForSniAndTheCertificate(@TempDir Path dir) throws Exception {
        char[] password = "changeit".toCharArray();
        Path store = dir.resolve("hook.p12");
        Path keytool = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("keytool");
        Process made = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "hook", "-keyalg", "EC",
                "-dname", "CN=hook.test", "-ext", "SAN=dns:hook.test", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        made.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(made.waitFor()).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, password);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trust.getTrustManagers(), null);

        List<String> serverNames = new CopyOnWriteArrayList<>();
        List<List<String>> heads = new CopyOnWriteArrayList<>();
        try (SSLServerSocket server = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepting = Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (SSLSocket socket = (SSLSocket) server.accept()) {
                        socket.startHandshake();
                        ((ExtendedSSLSession) socket.getSession()).getRequestedServerNames()
                                .forEach(name -> serverNames.add(((SNIHostName) name).getAsciiName()));
                        heads.add(answer(socket));
                    } catch (IOException refusedOrClosed) {
                        // a client that refused our certificate, or the end of the test
                    }
                }
            });
            int port = server.getLocalPort();
            StatusOnlyPost poster = new StatusOnlyPost(clientContext.getSocketFactory());
            TargetPolicy policy = new TargetPolicy(false, List.of("127.0.0.0/8"), host -> new InetAddress[] {InetAddress.getLoopbackAddress()});

            assertThat(poster.post(policy.check("https://hook.test:" + port + "/in"), HEADERS, new byte[0], TIMEOUT)).isEqualTo(204);
            assertThat(serverNames).containsExactly("hook.test");
            assertThat(heads.getFirst()).contains("Host: hook.test:" + port);

            assertThatThrownBy(() -> poster.post(policy.check("https://other.test:" + port + "/in"), HEADERS, new byte[0], TIMEOUT))
                    .as("a certificate that does not name the host").isInstanceOf(SSLHandshakeException.class);
            assertThat(heads).hasSize(1);
            server.close();
            accepting.join(2_000);
        }
    }
}
