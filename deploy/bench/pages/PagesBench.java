import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Open-loop load on the pages people meet, all through the gateway at a constant arrival rate
 * whatever the answers' speed, each latency counted from the moment the request was due. The mix,
 * in turn (3:3:2:2): the citizen front page (the service map), a published service's page (the
 * catalogue's own, picked at start from {@code GET /api/v1/services}), a contact's status page
 * (the form's POST with tracking code and access secret, as the page does: never in a URL; five
 * contacts submitted anonymously at start through the public intake) and the staff workspace
 * ({@code /work}) signed in as an agent. The agent signs in once at start as a browser does, by the
 * OIDC code flow: the gateway sends it to Keycloak's login form, the credentials are posted there,
 * Keycloak sends it back to the gateway, which keeps the tokens in its session cookies; those are
 * then sent with every workspace request (and updated when the gateway refreshes them).
 *
 * <p>An answer counts as an error unless it is a 2xx holding the page's own mark (a redirect, e.g.
 * to sign in again, is one). Server time is the {@code Server-Timing} header's when every answer
 * carries one; without it the figures are the client's (said so in the output).
 *
 * <p>Usage: KOHTAAMO_BENCH_PASSWORD=... java PagesBench.java [gateway=http://127.0.0.1:8080] [rate=50]
 * [seconds=60] [warmupSeconds=10] [agent=agent.uusimaa]
 */
public class PagesBench {

    enum Kind { FRONT, SERVICE, STATUS, WORKSPACE }

    static final Kind[] MIX = {Kind.FRONT, Kind.SERVICE, Kind.STATUS, Kind.WORKSPACE, Kind.FRONT,
            Kind.SERVICE, Kind.FRONT, Kind.SERVICE, Kind.STATUS, Kind.WORKSPACE};
    static final String[] LANGUAGES = {"fi", "sv", "en"};
    static final Pattern SERVICE_ID = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern DUR = Pattern.compile("dur=([0-9.]+)");

    /** A status page to show: a contact's code and secret. */
    record Tracked(String code, String secret) {
    }

    /** What the load needs from the start: the clients, the services' ids, the contacts, the form's CSRF token. */
    record Setup(String base, HttpClient citizen, HttpClient staff, List<String> services, List<Tracked> contacts,
                 String csrf) {
    }

    /** One kind's answers in a period: latencies from when due (ns), server times where given (ms), errors. */
    static final class Answers {
        final List<Long> latencies = new ArrayList<>();
        final List<Double> serverTimes = new ArrayList<>();
        final AtomicInteger errors = new AtomicInteger();
    }

    public static void main(String[] args) throws Exception {
        String base = arg(args, 0, "http://127.0.0.1:8080");
        int rate = Integer.parseInt(arg(args, 1, "50"));
        int seconds = Integer.parseInt(arg(args, 2, "60"));
        int warmup = Integer.parseInt(arg(args, 3, "10"));
        String agent = arg(args, 4, "agent.uusimaa");
        String password = System.getenv().getOrDefault("KOHTAAMO_BENCH_PASSWORD", "kohtaamo-demo");
        local(base);
        Executor executor = Executors.newFixedThreadPool(8);
        // Citizens and the agent each keep their own cookies; the load follows no redirect (it would hide a new sign-in).
        Jar staffJar = new Jar();
        HttpClient citizen = client(new Jar(), HttpClient.Redirect.NEVER, executor);
        HttpClient staff = client(staffJar, HttpClient.Redirect.NEVER, executor);
        signIn(client(staffJar, HttpClient.Redirect.NORMAL, executor), base, agent, password);
        Setup setup = new Setup(base, citizen, staff, services(citizen, base), contacts(citizen, base, 5),
                csrf(citizen, base));
        System.out.printf("signed in as %s; %d services, %d contacts to show%n", agent, setup.services().size(),
                setup.contacts().size());

        for (int i = 0; i < 200; i++) { // the tool's own client and JIT, on a path that renders no real page
            (i % 2 == 0 ? citizen : staff).send(get(base + "/load-tool-warm-up").build(), HttpResponse.BodyHandlers.discarding());
            Thread.sleep(10);
        }
        System.out.printf("warm-up: %d s at %d pages/s%n", warmup, rate);
        Map<Kind, Answers> warm = run(setup, rate, warmup);
        System.out.printf("warm-up errors: %d%n", warm.values().stream().mapToInt(a -> a.errors.get()).sum());
        System.out.printf("measuring: %d s at %d pages/s through %s (front, service, status, workspace 3:3:2:2)%n",
                seconds, rate, base);
        Map<Kind, Answers> measured = run(setup, rate, seconds);
        System.exit(report(measured, seconds) ? 0 : 1);
    }

    static Map<Kind, Answers> run(Setup setup, int rate, int seconds) throws Exception {
        Map<Kind, Answers> answers = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            answers.put(kind, new Answers());
        }
        List<CompletableFuture<?>> pending = new ArrayList<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < rate * seconds; i++) {
            int index = i;
            long due = start + i * periodNanos;
            scheduler.schedule(() -> {
                Kind kind = MIX[index % MIX.length];
                String mark = mark(setup, kind, index);
                HttpRequest request = request(setup, kind, index);
                CompletableFuture<?> answer = (kind == Kind.WORKSPACE ? setup.staff() : setup.citizen())
                        .sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, failure) -> record(answers.get(kind), kind, due, mark, response, failure));
                synchronized (pending) {
                    pending.add(answer);
                }
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        scheduler.shutdown();
        scheduler.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        synchronized (pending) {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((v, e) -> null).get(60, TimeUnit.SECONDS);
        }
        return answers;
    }

    static void record(Answers answers, Kind kind, long due, String mark, HttpResponse<String> response, Throwable failure) {
        long latency = System.nanoTime() - due;
        boolean ok = failure == null && response.statusCode() / 100 == 2 && response.body().contains(mark);
        synchronized (answers) {
            answers.latencies.add(latency);
            if (failure == null) {
                response.headers().allValues("Server-Timing").stream().map(DUR::matcher).filter(Matcher::find)
                        .mapToDouble(m -> Double.parseDouble(m.group(1))).max().ifPresent(answers.serverTimes::add);
            }
        }
        if (!ok && answers.errors.incrementAndGet() <= 3) {
            System.out.printf("error (%s): %s%n", kind.name().toLowerCase(), failure != null ? failure
                    : response.statusCode() + (response.statusCode() / 100 == 2 ? " without the page's mark" : ""));
        }
    }

    /** The request, as the page's browser sends it: a GET, or for the status page the form's POST. */
    static HttpRequest request(Setup setup, Kind kind, int index) {
        String language = LANGUAGES[index / MIX.length % LANGUAGES.length];
        return switch (kind) {
            case FRONT -> get(setup.base() + "/").header("Accept-Language", language).build();
            case SERVICE -> get(setup.base() + "/services/" + pick(setup.services(), index))
                    .header("Accept-Language", language).build();
            case WORKSPACE -> get(setup.base() + "/work").header("Accept-Language", language).build();
            case STATUS -> {
                Tracked tracked = pick(setup.contacts(), index);
                yield form(setup.base() + "/status", Map.of("csrf-token", setup.csrf(), "trackingCode", tracked.code(),
                        "accessSecret", tracked.secret())).header("Accept-Language", language).build();
            }
        };
    }

    /** What the right page holds: a mark of that page (and that contact or service), not of an error page. */
    static String mark(Setup setup, Kind kind, int index) {
        return switch (kind) {
            case FRONT -> "id=\"browse-heading\"";
            case SERVICE -> "href=\"/contact?service=" + pick(setup.services(), index) + "\"";
            case STATUS -> "id=\"tracking-code\">" + pick(setup.contacts(), index).code() + "<";
            case WORKSPACE -> "id=\"next-contact\"";
        };
    }

    static <T> T pick(List<T> list, int index) {
        return list.get(index / MIX.length % list.size());
    }

    /** Each kind and all together; false when any answer was an error. */
    static boolean report(Map<Kind, Answers> measured, int seconds) {
        Answers all = new Answers();
        System.out.printf("%-10s %8s %7s %8s %8s %8s %8s   (ms from when each request was due)%n",
                "page", "requests", "errors", "p50", "p95", "p99", "max");
        for (Map.Entry<Kind, Answers> entry : measured.entrySet()) {
            Answers answers = entry.getValue();
            line(entry.getKey().name().toLowerCase(), answers.latencies.stream().mapToLong(Long::longValue).mapToDouble(n -> n / 1e6).toArray(),
                    answers.errors.get());
            all.latencies.addAll(answers.latencies);
            all.serverTimes.addAll(answers.serverTimes);
            all.errors.addAndGet(answers.errors.get());
        }
        line("all", all.latencies.stream().mapToLong(Long::longValue).mapToDouble(n -> n / 1e6).toArray(), all.errors.get());
        System.out.printf("achieved %.1f pages/s%n", all.latencies.size() / (double) seconds);
        if (!all.latencies.isEmpty() && all.serverTimes.size() == all.latencies.size()) {
            System.out.println("server time (Server-Timing, largest dur of each answer):");
            for (Map.Entry<Kind, Answers> entry : measured.entrySet()) {
                line(entry.getKey().name().toLowerCase(), entry.getValue().serverTimes.stream().mapToDouble(Double::doubleValue).toArray(), 0);
            }
            line("all", all.serverTimes.stream().mapToDouble(Double::doubleValue).toArray(), 0);
        } else {
            System.out.printf("server time: no Server-Timing header (on %d of %d answers): the figures above are the client's,"
                    + " from when each request was due to its whole answer, over kept-alive connections on 127.0.0.1%n",
                    all.serverTimes.size(), all.latencies.size());
        }
        return all.errors.get() == 0;
    }

    static void line(String name, double[] ms, int errors) {
        Arrays.sort(ms);
        System.out.printf("%-10s %8d %7d %8.1f %8.1f %8.1f %8.1f%n", name, ms.length, errors, at(ms, 50), at(ms, 95),
                at(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1]);
    }

    static double at(double[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    // ---- start: sign-in, services, contacts, the status form's token ----

    /**
     * The code flow as a browser follows it: the gateway's {@code /login} sends to Keycloak's form, whose
     * POST sends back to the gateway (code exchanged, session cookies set) and on to the workspace.
     */
    static void signIn(HttpClient client, String base, String agent, String password) throws Exception {
        HttpResponse<String> form = client.send(get(base + "/login?redirect=/work").build(), HttpResponse.BodyHandlers.ofString());
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
        if (form.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("no Keycloak login form from " + base + "/login: " + form.statusCode() + " at " + form.uri());
        }
        String target = action.group(1).replace("&amp;", "&");
        local(target);
        HttpResponse<String> work = client.send(form(target, Map.of("username", agent, "password", password,
                "credentialId", "")).build(), HttpResponse.BodyHandlers.ofString());
        if (work.statusCode() != 200 || !work.body().contains("id=\"next-contact\"")) {
            throw new IllegalStateException("sign-in as " + agent + " did not reach the workspace: " + work.statusCode()
                    + " at " + work.uri().getPath());
        }
    }

    static List<String> services(HttpClient client, String base) throws Exception {
        String body = expect(client, get(base + "/api/v1/services").build(), 200, "the service list");
        List<String> ids = SERVICE_ID.matcher(body).results().map(m -> m.group(1)).limit(10).toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("no published services: the page benchmark needs the catalogue's (./kohtaamo up seeds them)");
        }
        return ids;
    }

    /** Anonymous "don't know" contacts (routed to triage), as a citizen submits them; their codes and secrets. */
    static List<Tracked> contacts(HttpClient client, String base, int count) throws Exception {
        List<Tracked> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = expect(client, HttpRequest.newBuilder(URI.create(base + "/api/v1/contacts")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"fi\",\"description\":\"Sivukuormitustesti "
                            + (i + 1) + " (page benchmark)\"}")).build(), 201, "a contact");
            contacts.add(new Tracked(field(body, "trackingCode"), field(body, "accessSecret")));
        }
        return contacts;
    }

    /** The status form's CSRF token (its cookie stays in the citizens' jar), as the page's GET gives them. */
    static String csrf(HttpClient client, String base) throws Exception {
        String body = expect(client, get(base + "/status").build(), 200, "the status page");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the status page's form");
        }
        return token.group(1);
    }

    static String expect(HttpClient client, HttpRequest request, int status, String what) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in the answer");
        }
        return matcher.group(1);
    }

    // ---- HTTP ----

    static HttpClient client(Jar jar, HttpClient.Redirect redirect, Executor executor) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(redirect).cookieHandler(jar).executor(executor).build();
    }

    static HttpRequest.Builder get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).GET();
    }

    static HttpRequest.Builder form(String uri, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static void local(String url) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("load tests only ever target 127.0.0.1, not " + host);
        }
    }

    /**
     * Cookies as a browser keeps them on this machine: per host, port and path, kept as given (quotes
     * and all), and sent over plain http even when marked Secure, as browsers treat 127.0.0.1 as a
     * secure origin (Keycloak marks some so); java.net.CookieManager would withhold those.
     */
    static final class Jar extends CookieHandler {
        record Cookie(String origin, String path, String pair) {
        }

        final Map<String, Cookie> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String origin = origin(uri);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String header = cookies.values().stream().filter(c -> c.origin().equals(origin) && path.startsWith(c.path()))
                    .map(Cookie::pair).collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    values.forEach(value -> keep(uri, value));
                }
            });
        }

        private void keep(URI uri, String header) {
            String[] parts = header.split(";");
            String pair = parts[0].strip();
            String path = "/";
            boolean removed = false;
            for (int i = 1; i < parts.length; i++) {
                String[] attribute = parts[i].strip().split("=", 2);
                String value = attribute.length > 1 ? attribute[1].strip() : "";
                if (attribute[0].equalsIgnoreCase("Path") && value.startsWith("/")) {
                    path = value;
                } else if (attribute[0].equalsIgnoreCase("Max-Age")) {
                    removed = value.matches("-?[0-9]+") && Long.parseLong(value) <= 0;
                }
            }
            String key = origin(uri) + path + " " + pair.split("=", 2)[0];
            if (removed) {
                cookies.remove(key);
            } else {
                cookies.put(key, new Cookie(origin(uri), path, pair));
            }
        }

        private static String origin(URI uri) {
            return uri.getHost() + ":" + uri.getPort();
        }
    }

    static String arg(String[] args, int index, String fallback) {
        return args.length > index && !args[index].isBlank() ? args[index] : fallback;
    }
}
