package fi.kohtaamo.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload routes take bodies up to the upload limit and stream them to the service; every other
 * route keeps the 1 MB limit. The body is made as it is sent (never held by the test), and the
 * sender waits, half-way, until the service has seen the request: a gateway that held the body
 * whole before forwarding would never let it arrive.
 */
@QuarkusTest
@QuarkusTestResource(OriginStubs.class)
class UploadStreamingTest {

    private static final Logger LOG = Logger.getLogger(UploadStreamingTest.class);
    private static final int ELEVEN_MB = 11 * 1024 * 1024;

    @TestHTTPResource("/")
    URL gateway;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void anElevenMegabyteUploadReachesTheServiceWhileItIsStillBeingSent() throws Exception {
        String path = "/api/v1/contacts/" + UUID.randomUUID() + "/attachments";
        HttpResponse<String> answer = post(path, ELEVEN_MB, path);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject echoed = new JsonObject(answer.body());
        assertThat(echoed.getString("route")).isEqualTo("routing");
        assertThat(echoed.getLong("bodyLength")).isEqualTo(ELEVEN_MB);
        assertThat(echoed.getJsonObject("headers").getString("content-length")).isEqualTo(String.valueOf(ELEVEN_MB));

        String lookup = "/api/v1/contacts/lookup/attachments";
        assertThat(post(lookup, ELEVEN_MB, lookup).statusCode()).as("the client's upload by code and secret").isEqualTo(200);
    }

    @Test
    void theWebChannelsFormsWithFilesAreUploadRoutesToo() throws Exception {
        String contactPage = "/work/contacts/" + UUID.randomUUID() + "/reply";
        for (String path : new String[]{"/contact", "/status/files", "/status/" + UUID.randomUUID() + "/files", contactPage,
                "/work/contacts/" + UUID.randomUUID() + "/note"}) {
            HttpResponse<String> answer = post(path, ELEVEN_MB, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(new JsonObject(answer.body()).getString("route")).as(path).isEqualTo("web");
        }
        assertThat(post("/work/contacts/" + UUID.randomUUID() + "/resolve", ELEVEN_MB, null).statusCode())
                .as("a form without files keeps the general limit").isEqualTo(413);
    }

    @Test
    void theSameBodyElsewhereIsRefusedWithAProblem() throws Exception {
        for (String path : new String[]{"/api/v1/contacts", "/api/v1/contacts/" + UUID.randomUUID() + "/notes",
                "/api/v1/contacts/a/b/attachments", "/api/v1/feedback"}) {
            HttpResponse<String> answer = post(path, ELEVEN_MB, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(post("/api/v1/contacts/" + UUID.randomUUID() + "/attachments", 13 * 1024 * 1024, null).statusCode())
                .as("over the upload limit").isEqualTo(413);
    }

    /** Times ten 10 MB uploads through the gateway and samples its JVM's heap meanwhile (figures in the log). */
    @Test
    void aTenMegabyteUploadsTimeAndHeap() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long slowest = 0;
        long total = 0;
        int uploads = 10;
        for (int i = 0; i < uploads; i++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = post("/api/v1/contacts/" + UUID.randomUUID() + "/attachments", 10 * 1024 * 1024, null);
            long took = System.nanoTime() - started;
            assertThat(answer.statusCode()).isEqualTo(200);
            slowest = Math.max(slowest, took);
            total += took;
        }
        sampler.interrupt();

        // The live heap half-way through one more upload, after a full collection: what the gateway holds of it.
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] halfway = {0};
        String path = "/api/v1/contacts/" + UUID.randomUUID() + "/attachments";
        assertThat(post(path, 10 * 1024 * 1024, path, () -> {
            System.gc();
            halfway[0] = memory.getHeapMemoryUsage().getUsed();
        }).statusCode()).isEqualTo(200);
        long held = halfway[0] - before;
        LOG.infof("half-way through a 10 MB upload the live heap is %d KB larger than before it", held >> 10);
        assertThat(held).as("a gateway holding the 5 MB already sent would show it").isLessThan(4L * 1024 * 1024);
        LOG.infof("10 MB upload through the gateway: %d ms on average, %d ms the slowest of %d; heap %d MB before, "
                        + "peak %d MB (+%d MB) while uploading, max heap %d MB",
                total / uploads / 1_000_000, slowest / 1_000_000, uploads, baseline >> 20, peak.get() >> 20,
                (peak.get() - baseline) >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
    }

    /**
     * POSTs {@code size} generated bytes with a Content-Length; when {@code awaitStarted} is given,
     * the body stops half-way until the service has seen that request (at most 20 s).
     */
    private HttpResponse<String> post(String path, int size, String awaitStarted) throws Exception {
        return post(path, size, awaitStarted, () -> { });
    }

    private HttpResponse<String> post(String path, int size, String awaitStarted, Runnable halfway) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(size, awaitStarted, halfway)), size))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Bytes made as they are read; half-way, optionally waits until the stub has the request. */
    private static final class Generated extends InputStream {
        private final int size;
        private final String awaitStarted;
        private final Runnable halfway;
        private int sent;
        private boolean waited;

        Generated(int size, String awaitStarted, Runnable halfway) {
            this.size = size;
            this.awaitStarted = awaitStarted;
            this.halfway = halfway;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (sent >= size) {
                return -1;
            }
            if (awaitStarted != null && sent >= size / 2 && !waited) {
                awaitServiceHasRequest();
                halfway.run();
                waited = true;
            }
            int n = Math.min(length, size - sent);
            java.util.Arrays.fill(into, offset, offset + n, (byte) 'k');
            sent += n;
            return n;
        }

        private void awaitServiceHasRequest() throws IOException {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!OriginStubs.STARTED.contains(awaitStarted)) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the service never saw the request while its body was half sent: the gateway buffers it");
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
    }
}
