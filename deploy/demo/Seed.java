import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Demo content for the local platform, through the public APIs behind the gateway with real
 * Keycloak tokens of the demo users (never SQL): knowledge articles in three languages, contacts in
 * several states, feedback in every handling state, survey answers, and a year of contact history
 * for the management view's charts and forecast (see README.md beside this file).
 *
 * <p>Seeds once: the first published demo article is the mark, and the articles are made last, so that an
 * interrupted run is finished by the next one. Run by the launcher (deploy/lib/demo.sh):
 * {@code java -cp 'deploy/kafka/target/libs/*' deploy/demo/Seed.java <gateway> <keycloak> <password> <dir>}
 */
public class Seed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** Every demo article's tag. */
    private static final String MARK_TAG = "demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String tokenUrl;
    private final String password;
    private final Path dir;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    /** Published catalogue services by code. */
    private final Map<String, JsonNode> services = new ConcurrentHashMap<>();

    Seed(String[] args) {
        gateway = args[0];
        tokenUrl = args[1] + "/realms/kohtaamo/protocol/openid-connect/token";
        password = args[2];
        dir = Path.of(args[3]);
    }

    public static void main(String[] args) throws Exception {
        Seed seed = new Seed(args);
        if (seed.seeded()) {
            System.out.println("    ok demo content already there (KOHTAAMO_DEMO=0 skips this check)");
            return;
        }
        long started = System.nanoTime();
        seed.loadServices();
        // Independent of each other: at once. The articles, the mark of a finished seed, come last.
        try (var parts = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> done = List.of(
                    parts.submit(() -> timed("contacts", seed::contacts)),
                    parts.submit(() -> timed("feedback", seed::feedback)),
                    parts.submit(() -> timed("survey answers", seed::survey)),
                    parts.submit(() -> timed("contact history (events for the management view)", seed::history)));
            for (Future<String> part : done) {
                System.out.println(part.get());
            }
        }
        System.out.println(timed("knowledge articles (fi, sv, en)", seed::articles));
        System.out.printf("    ok demo content seeded in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    }

    private static String timed(String what, Call part) throws Exception {
        long started = System.nanoTime();
        Object result = part.run();
        return String.format("    %s: %s (%.1f s)", what, result, (System.nanoTime() - started) / 1e9);
    }

    // ------------------------------------------------------------------ knowledge articles

    /** Seeded when the first demo article is found by its own Finnish title. */
    boolean seeded() throws Exception {
        String title = read("articles.json").get(0).at("/fi/title").asText();
        JsonNode found = get(null, "/api/v1/search?language=fi&limit=10&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        for (JsonNode result : found.path("results")) {
            if (result.path("title").asText().equals(title)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each article written in Finnish by one editor, translated and submitted (four at a time),
     * then published by a second editor one language version after another: knowledge-portal's
     * publishing deadlocks on its search words when two texts are published at the same moment.
     */
    int articles() throws Exception {
        JsonNode articles = read("articles.json");
        String author = "content-editor.uusimaa";
        String reviewer = "reviewer.uusimaa";
        List<Future<String>> done = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (JsonNode article : articles) {
                done.add(pool.submit(() -> {
                    ObjectNode draft = JSON.createObjectNode().put("language", "fi")
                            .put("title", article.at("/fi/title").asText()).put("body", article.at("/fi/body").asText())
                            .put("audience", article.path("audience").asText("PUBLIC"));
                    ArrayNode ids = draft.putArray("serviceIds");
                    article.path("services").forEach(code -> ids.add(service(code.asText()).path("id").asText()));
                    draft.putArray("serviceGroups");
                    ArrayNode tags = draft.putArray("tags");
                    article.path("tags").forEach(tags::add);
                    tags.add(MARK_TAG);
                    draft.set("categories", article.path("categories"));
                    String id = retrying(() -> send(author, "POST", "/api/v1/articles", draft, 201)).path("id").asText();
                    for (String language : List.of("sv", "en")) {
                        send(author, "PUT", "/api/v1/articles/" + id + "/translations/" + language, article.path(language), 200);
                    }
                    for (String language : List.of("fi", "sv", "en")) {
                        send(author, "POST", "/api/v1/articles/" + id + "/translations/" + language + "/submit", null, 200);
                    }
                    return id;
                }));
            }
        }
        for (Future<String> article : done) {
            for (String language : List.of("fi", "sv", "en")) {
                send(reviewer, "POST", "/api/v1/articles/" + article.get() + "/translations/" + language + "/approve",
                        JSON.createObjectNode(), 200);
            }
        }
        return articles.size();
    }

    // ------------------------------------------------------------------ contacts

    /** Contacts through the web form (or logged by staff), then taken and handled to their state. */
    String contacts() throws Exception {
        Map<String, Integer> states = new LinkedHashMap<>();
        Map<String, Boolean> agentsReady = new HashMap<>();
        JsonNode all = read("contacts.json");
        all.forEach(contact -> {
            if (contact.has("service")) {
                service(contact.path("service").asText()); // with its routing data, for the agents' skills
            }
        });
        for (JsonNode contact : all) {
            String state = contact.path("state").asText();
            String organisation = contact.has("service") ? service(contact.path("service").asText()).path("organisation").asText()
                    : "ely-uusimaa";
            String region = organisation.replace("ely-", "");
            String agent = "agent." + region;
            ObjectNode body = JSON.createObjectNode().put("language", contact.path("language").asText())
                    .put("description", contact.path("description").asText());
            if (contact.has("service")) {
                body.put("serviceId", service(contact.path("service").asText()).path("id").asText());
            }
            copy(contact, body, "contact", "attributes", "channel");
            String submitter = contact.has("channel") ? agent : null;
            JsonNode created = retrying(() -> send(submitter, "POST", "/api/v1/contacts", body, 201));
            if (!state.equals("QUEUED")) {
                if (agentsReady.putIfAbsent(region, true) == null) {
                    readyAgent(region);
                }
                String path = "/api/v1/contacts/" + created.path("id").asText();
                send(agent, "POST", path + "/take", null, 200);
                send(agent, "POST", path + "/replies", text(contact.path("reply").asText()), 200);
                if (state.equals("WAITING_FOR_CLIENT")) {
                    send(agent, "POST", path + "/information-requests", text(contact.path("request").asText()), 200);
                } else if (state.equals("RESOLVED")) {
                    send(agent, "POST", path + "/resolve", contact.path("resolution"), 200);
                }
            }
            states.merge(state, 1, Integer::sum);
        }
        for (String region : agentsReady.keySet()) {
            send("agent." + region, "PUT", "/api/v1/agents/me/presence", JSON.createObjectNode().put("presence", "OFFLINE"), 200);
        }
        return states.toString();
    }

    /** The region's demo agent gets every skill the demo services need and the region's queues. */
    private void readyAgent(String region) throws Exception {
        String agent = "agent." + region;
        JsonNode me = get(agent, "/api/v1/agents/me");
        String subject = me.path("subject").asText();
        ObjectNode settings = JSON.createObjectNode().put("capacity", 50);
        settings.putArray("languages").add("fi").add("sv").add("en");
        ObjectNode skills = settings.putObject("skills");
        for (JsonNode service : services.values()) {
            service.at("/routing/requiredSkills").forEach(skill -> skills.put(skill.asText().split(":")[0], 5));
        }
        ArrayNode queues = settings.putArray("queueIds");
        get(agent, "/api/v1/queues").forEach(queue -> queues.add(queue.path("id").asText()));
        send("supervisor." + region, "PUT", "/api/v1/agents/" + subject, settings, 200, "\"" + me.path("version").asInt() + "\"");
        send(agent, "PUT", "/api/v1/agents/me/presence", JSON.createObjectNode().put("presence", "AVAILABLE"), 200);
    }

    // ------------------------------------------------------------------ feedback and surveys

    /** Themes of both organisations, then feedback from the public form handled to its state. */
    String feedback() throws Exception {
        JsonNode data = read("feedback.json");
        for (String region : List.of("uusimaa", "pirkanmaa")) {
            for (JsonNode theme : data.path("themes")) {
                ObjectNode body = JSON.createObjectNode();
                body.set("name", theme.path("name"));
                body.set("keywords", theme.path("keywords"));
                send("manager." + region, "PUT", "/api/v1/feedback-themes/" + theme.path("code").asText(), body, 200);
            }
        }
        Map<String, Integer> states = new LinkedHashMap<>();
        for (JsonNode item : data.path("items")) {
            ObjectNode body = JSON.createObjectNode().put("kind", item.path("kind").asText())
                    .put("language", item.path("language").asText()).put("text", item.path("text").asText());
            String organisation = item.path("organisation").asText(null);
            if (item.has("service")) {
                JsonNode service = service(item.path("service").asText());
                body.put("serviceId", service.path("id").asText());
                organisation = service.path("organisation").asText();
            } else {
                body.put("organisation", organisation);
            }
            copy(item, body, "email");
            String id = retrying(() -> send(null, "POST", "/api/v1/feedback", body, 201)).path("id").asText();
            String handler = "feedback-handler." + organisation.replace("ely-", "");
            String state = item.path("state").asText();
            String path = "/api/v1/feedback/" + id;
            if (!state.equals("NEW")) {
                send(handler, "POST", path + "/claim", null, 200);
                if (item.has("themes")) {
                    ObjectNode themes = JSON.createObjectNode();
                    themes.set("themes", item.path("themes"));
                    send(handler, "PUT", path + "/themes", themes, 200);
                }
            }
            if (state.equals("ANSWERED") || state.equals("CLOSED")) {
                send(handler, "POST", path + "/reply", text(item.path("reply").asText()), 200);
            }
            if (state.equals("CLOSED")) {
                send(handler, "POST", path + "/close", JSON.createObjectNode(), 200);
            }
            states.merge(state, 1, Integer::sum);
        }
        return states + ", a year behind them: " + feedbackHistory();
    }

    /** The customer satisfaction survey of ely-uusimaa, with invitations answered as respondents would. */
    int survey() throws Exception {
        JsonNode data = read("survey.json");
        ObjectNode definition = JSON.createObjectNode().put("type", data.path("type").asText());
        definition.set("title", data.path("title"));
        definition.set("questions", data.path("questions"));
        String manager = "manager.uusimaa";
        String id = send(manager, "POST", "/api/v1/surveys", definition, 201).path("id").asText();
        JsonNode answers = data.path("answers");
        // The last few through invitations as respondents answer today; the rest imported, spread over the year.
        int live = 4;
        ObjectNode request = JSON.createObjectNode().put("count", live).put("language", "fi");
        JsonNode invitations = send(manager, "POST", "/api/v1/surveys/" + id + "/invitations", request, 201).path("invitations");
        ObjectNode past = JSON.createObjectNode();
        ArrayNode responses = past.putArray("responses");
        Instant now = Instant.now();
        for (int i = 0; i < answers.size(); i++) {
            ArrayNode list = surveyAnswers(answers.get(i));
            if (i < answers.size() - live) {
                ObjectNode response = responses.addObject().put("externalId", "demo-answer-" + i).put("language", "fi")
                        .put("respondedAt", now.minus((long) (answers.size() - live - i) * 17, ChronoUnit.DAYS).toString());
                response.set("answers", list);
            } else {
                ObjectNode response = JSON.createObjectNode();
                response.set("answers", list);
                String token = invitations.get(i - (answers.size() - live)).path("token").asText();
                send(null, "POST", "/api/v1/survey-invitations/" + token + "/response", response, 201);
            }
        }
        send(manager, "POST", "/api/v1/surveys/" + id + "/responses/imports", past, 200);
        return answers.size();
    }

    private static ArrayNode surveyAnswers(JsonNode answer) {
        ArrayNode list = JSON.createArrayNode();
        list.addObject().put("question", "overall").put("score", answer.get(0).asInt());
        list.addObject().put("question", "recommend").put("score", answer.get(1).asInt());
        if (!answer.get(2).asText().isEmpty()) {
            list.addObject().put("question", "comment").put("text", answer.get(2).asText());
        }
        return list;
    }

    /**
     * A year of feedback behind the live items, through feedback's import of an earlier system's
     * history by each organisation's manager: one to three items a week, the demo items' kinds,
     * texts, services and themes, answered within days and closed.
     */
    int feedbackHistory() throws Exception {
        JsonNode items = read("feedback.json").path("items");
        Random random = new Random(2027);
        Instant now = Instant.now();
        Map<String, ArrayNode> byOrganisation = new LinkedHashMap<>();
        int count = 0;
        for (int week = 52; week >= 1; week--) {
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                JsonNode item = items.get(random.nextInt(items.size()));
                String organisation = item.has("service")
                        ? service(item.path("service").asText()).path("organisation").asText() : item.path("organisation").asText();
                // From a year back to three weeks ago, so that each was closed (8 days on) before today.
                Instant received = now.minus(week * 7L + 14, ChronoUnit.DAYS).plus(random.nextInt(5 * 24 * 60), ChronoUnit.MINUTES);
                ObjectNode past = byOrganisation.computeIfAbsent(organisation, key -> JSON.createArrayNode()).addObject()
                        .put("externalId", "demo-feedback-" + count).put("kind", item.path("kind").asText())
                        .put("channel", "WEB").put("language", item.path("language").asText())
                        .put("text", item.path("text").asText()).put("receivedAt", received.toString())
                        .put("answeredAt", received.plus(1 + random.nextInt(6), ChronoUnit.DAYS).toString())
                        .put("closedAt", received.plus(8, ChronoUnit.DAYS).toString());
                if (item.has("service")) {
                    past.put("serviceId", service(item.path("service").asText()).path("id").asText());
                }
                if (item.has("themes")) {
                    past.set("themes", item.path("themes"));
                }
                count++;
            }
        }
        for (Map.Entry<String, ArrayNode> organisation : byOrganisation.entrySet()) {
            ObjectNode batch = JSON.createObjectNode();
            batch.set("feedback", organisation.getValue());
            send("manager." + organisation.getKey().replaceFirst("^ely-", ""), "POST", "/api/v1/feedback/imports", batch, 200);
        }
        return count;
    }

    // ------------------------------------------------------------------ a year of contact history

    /**
     * A year of finished contacts for the management view's charts and forecast, through contact
     * routing's import of an earlier system's history (as an agency moving to Kohtaamo would bring
     * its own): each organisation's supervisor imports its services' contacts in batches, with ids
     * fixed by their number, so that running it again imports nothing twice. Contact routing
     * announces them as it announces every contact, with their own times.
     */
    int history() throws Exception {
        JsonNode spec = read("history.json");
        Random random = new Random(2026);
        LocalDate thisWeek = LocalDate.now(HELSINKI).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = spec.path("weeks").asInt();
        Map<String, ArrayNode> byOrganisation = new LinkedHashMap<>();
        int count = 0;
        for (JsonNode line : spec.path("services")) {
            JsonNode service = service(line.path("service").asText());
            ArrayNode past = byOrganisation.computeIfAbsent(service.path("organisation").asText(), organisation -> JSON.createArrayNode());
            for (int week = weeks; week >= 1; week--) {
                LocalDate monday = thisWeek.minusWeeks(week);
                double season = line.path("months").get(monday.getMonthValue() - 1).asDouble();
                int contacts = (int) Math.round(line.path("weekly").asDouble() * season * (0.85 + 0.3 * random.nextDouble()));
                for (int i = 0; i < contacts; i++) {
                    Instant received = monday.atTime(8, 0).atZone(HELSINKI).toInstant()
                            .plus(random.nextInt(5), ChronoUnit.DAYS).plus(random.nextInt(9 * 60), ChronoUnit.MINUTES);
                    ObjectNode contact = pastContact("demo-history-" + count, service, received, random);
                    count++;
                    // Only what would have closed by now: the latest weeks' slow matters are still open.
                    if (Instant.parse(contact.path("closedAt").asText()).isBefore(Instant.now())) {
                        past.add(contact);
                    }
                }
            }
        }
        for (Map.Entry<String, ArrayNode> organisation : byOrganisation.entrySet()) {
            String supervisor = "supervisor." + organisation.getKey().replaceFirst("^ely-", "");
            ArrayNode all = organisation.getValue();
            for (int from = 0; from < all.size(); from += 250) {
                ObjectNode batch = JSON.createObjectNode();
                ArrayNode contacts = batch.putArray("contacts");
                for (int i = from; i < Math.min(all.size(), from + 250); i++) {
                    contacts.add(all.get(i));
                }
                retrying(() -> send(supervisor, "POST", "/api/v1/contacts/imports", batch, 200));
            }
        }
        return byOrganisation.values().stream().mapToInt(ArrayNode::size).sum();
    }

    /** One finished contact as contact routing's import takes it: handled within or past the service's promises. */
    private ObjectNode pastContact(String externalId, JsonNode service, Instant received, Random random) {
        String[] channels = {"WEB", "WEB", "WEB", "PHONE", "PHONE", "EMAIL"};
        String[] languages = {"fi", "fi", "fi", "fi", "sv", "en"};
        int firstResponseHours = service.at("/routing/firstResponseHours").asInt(24);
        int resolutionHours = service.at("/routing/resolutionHours").asInt(120);
        Instant firstResponse = received.plus(Math.round(firstResponseHours * 60 * (0.2 + random.nextDouble())), ChronoUnit.MINUTES);
        Instant resolved = firstResponse.plus(Math.round(resolutionHours * 60 * (0.3 + random.nextDouble())), ChronoUnit.MINUTES);
        return JSON.createObjectNode().put("externalId", externalId)
                .put("serviceId", service.path("id").asText())
                .put("channel", channels[random.nextInt(channels.length)])
                .put("language", languages[random.nextInt(languages.length)])
                .put("receivedAt", received.toString())
                .put("firstRespondedAt", firstResponse.toString())
                .put("resolvedAt", resolved.toString())
                .put("resolutionCode", "ANSWERED")
                .put("closedAt", resolved.plus(14, ChronoUnit.DAYS).toString());
    }

    // ------------------------------------------------------------------ catalogue, HTTP and tokens

    private void loadServices() throws Exception {
        for (JsonNode summary : get(null, "/api/v1/services?size=100")) {
            services.put(summary.path("code").asText(), summary);
        }
    }

    /** A service by code, with its routing data (read once). */
    private JsonNode service(String code) {
        JsonNode service = services.get(code);
        if (service == null) {
            throw new IllegalStateException("no published catalogue service " + code + " (deploy/demo data names it)");
        }
        if (!service.has("routing")) {
            try {
                service = get(null, "/api/v1/services/" + service.path("id").asText());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            services.put(code, service);
        }
        return service;
    }

    private JsonNode read(String file) throws Exception {
        return JSON.readTree(dir.resolve(file).toFile());
    }

    private static ObjectNode text(String text) {
        return JSON.createObjectNode().put("text", text);
    }

    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            if (from.has(field)) {
                to.set(field, from.get(field));
            }
        }
    }

    private JsonNode get(String user, String path) throws Exception {
        return send(user, "GET", path, null, 200);
    }

    /** One request through the gateway as the user (null: anonymous); any other status than expected fails the seed. */
    private JsonNode send(String user, String method, String path, JsonNode body, int expected) throws Exception {
        return send(user, method, path, body, expected, null);
    }

    /** A change that names the version it replaces (If-Match), as routing's supervisor settings require. */
    private JsonNode send(String user, String method, String path, JsonNode body, int expected, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new RequestFailed(response.statusCode(), method + " " + path + " as "
                    + (user == null ? "anonymous" : user) + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, name -> {
            String form = "grant_type=password&client_id=kohtaamo-cli&scope=openid&username="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new RequestFailed(response.statusCode(), "token for " + name + ": " + response.body());
                }
                return JSON.readTree(response.body()).path("access_token").asText();
            } catch (RequestFailed e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The services learn the catalogue's services from its events: right after a first start a
     * service may not know them yet, and answers with a problem naming serviceId(s) for a while.
     */
    private static JsonNode retrying(Call call) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return (JsonNode) call.run();
            } catch (RequestFailed e) {
                boolean unknownService = e.status < 500 && e.getMessage().contains("serviceId");
                if (!(unknownService || e.status >= 500) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    interface Call {
        Object run() throws Exception;
    }

    static final class RequestFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        RequestFailed(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
