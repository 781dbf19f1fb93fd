import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many agents asking for their next contact at once. Sets up (idempotently) agents bench-agent-001…
 * in Keycloak (role agent, organisation ely-uusimaa), their queue and capacity through the
 * supervisor API, a routing rule that sends "claimbench" contacts to the queue bench-claims (the
 * launcher creates it), and the contacts through intake. Then every agent asks for the next
 * contact until none is left, in two rounds: a burst (all agents at once, as when the service
 * opens in the morning) and paced (each agent asks every {@code paceMillis}). Reports the
 * next-contact latency and checks that no contact went to two agents. Before each round it waits
 * until every active consumer of contact events has read what the round's intake put on the topic
 * (with {@code KOHTAAMO_KAFKA_BOOTSTRAP} set; the launcher sets it), so that a round measures the
 * agents' claims, not the intake of thousands of contacts a moment before.
 *
 * <p>Usage: java ClaimBench.java [routing=http://127.0.0.1:8084] [agents=200] [contactsPerRound=4000]
 * [paceMillis=2000] [gateway=http://127.0.0.1:8080] [keycloak=http://127.0.0.1:8180] [adminPassword] [agencySecret]
 */
public class ClaimBench {

    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern SUBJECT = Pattern.compile("\"subject\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    static final String PASSWORD = "kohtaamo-bench";

    static HttpClient http;
    static String routing;
    static String gateway;
    static String keycloak;

    public static void main(String[] args) throws Exception {
        routing = arg(args, 0, "http://127.0.0.1:8084");
        int agents = Integer.parseInt(arg(args, 1, "200"));
        int contacts = Integer.parseInt(arg(args, 2, "4000"));
        int pace = Integer.parseInt(arg(args, 3, "2000"));
        gateway = arg(args, 4, "http://127.0.0.1:8080");
        keycloak = arg(args, 5, "http://127.0.0.1:8180");
        String adminPassword = arg(args, 6, "admin-demo-password");
        String agencySecret = arg(args, 7, "demo-agency-secret-change-me");
        for (String url : List.of(routing, gateway, keycloak)) {
            String host = URI.create(url).getHost();
            if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
                throw new IllegalArgumentException("load tests only ever target 127.0.0.1, not " + host);
            }
        }
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(32)).build();

        System.out.printf("setting up %d agents in Keycloak%n", agents);
        String admin = token("master", "admin-cli", "admin", adminPassword);
        String agentRole = send("GET", keycloak + "/admin/realms/kohtaamo/roles/agent", admin, null, 200);
        List<String> tokens = parallel(agents, i -> {
            String username = String.format("bench-agent-%03d", i + 1);
            ensureUser(admin, agentRole, username);
            return token("kohtaamo", "kohtaamo-cli", username, PASSWORD);
        });
        String supervisor = token("kohtaamo", "kohtaamo-cli", "supervisor.uusimaa", "kohtaamo-demo");
        String queues = send("GET", routing + "/api/v1/queues", tokens.get(0), null, 200);
        Matcher queue = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"code\"\\s*:\\s*\"bench-claims\"").matcher(queues);
        if (!queue.find()) {
            throw new IllegalStateException("queue bench-claims missing: the launcher creates it (./kohtaamo bench contact-claims)");
        }
        String queueId = queue.group(1);
        List<String> subjects = parallel(agents, i -> {
            String me = send("GET", routing + "/api/v1/agents/me", tokens.get(i), null, 200);
            Matcher subject = SUBJECT.matcher(me);
            subject.find();
            Matcher version = VERSION.matcher(me);
            version.find();
            send("PUT", routing + "/api/v1/agents/" + subject.group(1), supervisor,
                    "{\"skills\":{},\"languages\":[\"fi\"],\"capacity\":50,\"queueIds\":[\"" + queueId + "\"]}", 200,
                    "\"" + version.group(1) + "\"");
            return subject.group(1);
        });
        String rule = send("POST", routing + "/api/v1/routing-rules", supervisor,
                "{\"position\":0,\"name\":\"Claim benchmark " + System.nanoTime() + "\",\"conditions\":{\"keywords\":[\"claimbench\"]},"
                        + "\"targetQueue\":\"bench-claims\"}", 201);
        Matcher ruleId = ID.matcher(rule);
        ruleId.find();
        String agency = token("kohtaamo", "demo-agency-system", null, agencySecret);
        try {
            round("burst: every agent at once", tokens, agency, contacts, 0);
            round("paced: each agent every " + pace + " ms", tokens, agency, contacts, pace);
        } finally {
            send("DELETE", routing + "/api/v1/routing-rules/" + ruleId.group(1), supervisor, null, 204, "\"1\"");
            parallel(agents, i -> send("PUT", routing + "/api/v1/agents/me/presence", tokens.get(i),
                    "{\"presence\":\"OFFLINE\"}", 200));
        }
        System.out.println("agents: " + subjects.size());
        System.exit(0);
    }

    static final String TOPIC = "kohtaamo.contacts.v1";

    /**
     * Waits (at most five minutes) until every consumer group with members has committed the end
     * of the contact topic: thousands of contacts submitted at once keep three consumers busy for
     * a minute or more, which a round started at once would measure instead of the claims.
     */
    static void settle() throws Exception {
        String bootstrap = System.getenv("KOHTAAMO_KAFKA_BOOTSTRAP");
        if (bootstrap == null || bootstrap.isBlank()) {
            System.out.println("consumers: not waited for (KOHTAAMO_KAFKA_BOOTSTRAP not set)");
            return;
        }
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrap);
        String credentials = System.getenv("KOHTAAMO_KAFKA_CLIENT_PROPERTIES");
        if (credentials != null) {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(credentials))) {
                properties.load(in);
            }
        }
        long started = System.nanoTime();
        Thread.sleep(2000); // the outbox relay publishes what the last 201s committed
        try (Admin admin = Admin.create(properties)) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()
                    .stream().map(partition -> new TopicPartition(TOPIC, partition.partition())).toList();
            long reported = 0;
            while (true) {
                Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                        .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
                long behind = 0;
                for (GroupListing group : admin.listGroups().all().get()) {
                    if (group.groupState().orElse(GroupState.UNKNOWN) != GroupState.STABLE) {
                        continue; // a group of an old version, or one with no member now: nobody is catching up
                    }
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                            .partitionsToOffsetAndMetadata().get();
                    for (TopicPartition partition : partitions) {
                        OffsetAndMetadata at = committed.get(partition);
                        if (at != null) {
                            behind += Math.max(0, ends.get(partition) - at.offset());
                        }
                    }
                }
                long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                if (behind == 0) {
                    System.out.printf("consumers: all caught up after %d s%n", waited);
                    return;
                }
                if (waited >= 300) {
                    System.out.printf("consumers: still %d events behind after %d s; measuring anyway%n", behind, waited);
                    return;
                }
                if (waited - reported >= 10) {
                    System.out.printf("consumers: %d events behind, waiting (%d s)%n", behind, waited);
                    reported = waited;
                }
                Thread.sleep(1000);
            }
        }
    }

    static void round(String name, List<String> tokens, String agency, int contacts, int pace) throws Exception {
        System.out.printf("%s: submitting %d contacts%n", name, contacts);
        parallel(contacts, i -> send("POST", gateway + "/api/v1/contacts", agency,
                "{\"language\":\"fi\",\"description\":\"claimbench contact " + i + "\"}", 201));
        settle();
        parallel(tokens.size(), i -> send("PUT", routing + "/api/v1/agents/me/presence", tokens.get(i),
                "{\"presence\":\"AVAILABLE\"}", 200));
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        List<Callable<Integer>> agents = new ArrayList<>();
        long started = System.nanoTime();
        for (String token : tokens) {
            agents.add(() -> {
                int errors = 0;
                if (pace > 0) {
                    Thread.sleep((long) (Math.random() * pace));
                }
                while (true) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(routing + "/api/v1/contacts/next"))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() == 204) {
                        return errors;
                    }
                    if (response.statusCode() != 200) {
                        errors++;
                        if (errors > 3) {
                            System.out.println("agent gives up: " + response.statusCode() + " " + response.body());
                            return errors;
                        }
                        continue;
                    }
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        claimed.add(id.group(1));
                    }
                    if (pace > 0) {
                        Thread.sleep(pace);
                    }
                }
            });
        }
        int errors = 0;
        for (Future<Integer> result : pool.invokeAll(agents)) {
            errors += result.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Set<String> distinct = new HashSet<>(claimed);
        System.out.printf("%s: %d agents took %d contacts in %.1f s (%d requests, %d errors)%n", name, tokens.size(),
                claimed.size(), seconds, sorted.size(), errors);
        System.out.printf("next-contact ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
        System.out.printf("contacts given to two agents: %d%n", claimed.size() - distinct.size());
        // Hand the contacts back so that the next round starts with free capacity.
        parallel(tokens.size(), i -> send("PUT", routing + "/api/v1/agents/me/presence", tokens.get(i),
                "{\"presence\":\"AWAY\"}", 200));
        if (claimed.size() != distinct.size() || errors > 0) {
            System.exit(1);
        }
    }

    static void ensureUser(String admin, String agentRole, String username) throws Exception {
        String found = send("GET", keycloak + "/admin/realms/kohtaamo/users?exact=true&username=" + username, admin, null, 200);
        Matcher id = ID.matcher(found);
        if (!id.find()) {
            send("POST", keycloak + "/admin/realms/kohtaamo/users", admin, "{\"username\":\"" + username + "\",\"enabled\":true,"
                    + "\"firstName\":\"Bench\",\"lastName\":\"Agent\",\"email\":\"" + username + "@bench.kohtaamo.invalid\","
                    + "\"emailVerified\":true,\"attributes\":{\"org\":[\"ely-uusimaa\"]},"
                    + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}]}", 201);
            id = ID.matcher(send("GET", keycloak + "/admin/realms/kohtaamo/users?exact=true&username=" + username, admin, null, 200));
            id.find();
            send("POST", keycloak + "/admin/realms/kohtaamo/users/" + id.group(1) + "/role-mappings/realm", admin,
                    "[" + agentRole + "]", 204);
        }
    }

    static String token(String realm, String client, String username, String secret) throws Exception {
        String form = username == null
                ? "grant_type=client_credentials&client_id=" + client + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)
                : "grant_type=password&client_id=" + client + "&username=" + username + "&password="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("no token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    static String send(String method, String url, String token, String json, int expected) throws Exception {
        return send(method, url, token, json, expected, null);
    }

    static String send(String method, String url, String token, String json, int expected, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    interface Task<T> {
        T run(int index) throws Exception;
    }

    static <T> List<T> parallel(int count, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> task.run(index)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return results;
    }

    static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    static String arg(String[] args, int index, String fallback) {
        return args.length > index && !args[index].isBlank() ? args[index] : fallback;
    }
}
