package fi.kohtaamo.testsupport;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;

/**
 * Requests that race: each JSON body posted from its own thread, all released at once, so that a
 * test sees what two clients doing the same thing at the same moment get (a unique index, not a
 * look-up, decides the winner). The answers come back in the order of the bodies.
 */
public final class Concurrently {

    private Concurrently() {
    }

    public static List<Response> post(String path, Object... bodies) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(bodies.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (Object body : bodies) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return given().contentType("application/json").body(body).when().post(path);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(2, TimeUnit.MINUTES));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }
}
