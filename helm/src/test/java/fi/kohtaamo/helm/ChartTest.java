package fi.kohtaamo.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The umbrella chart, rendered by embedded Helm (helm-java) for the default values and for a
 * production-like values file, and the rendered manifests checked: what every Deployment must
 * have, who may reach what, that the topics are the services' topics, that the infrastructure is
 * replicated, and that bad combinations of values fail.
 */
@SuppressWarnings("unchecked")
class ChartTest {

    static final Path CHART = Path.of("kohtaamo");
    /** A Kubernetes version the chart supports (Helm's own default, 1.20, is below its kubeVersion). */
    static final String KUBE_VERSION = "1.31.0";
    static final Path PRODUCTION = Path.of("values-production.yaml");
    /** The chart has no secrets of its own and refuses the demo ones: the defaults render with these. */
    static final Path TEST_SECRETS = Path.of("src/test/resources/values-test-secrets.yaml");
    static final Path SERVICES = Path.of("../services");
    static final Set<String> SERVICE_NAMES = Set.of("gateway", "service-catalogue", "client-registry", "contact-routing",
            "feedback", "knowledge-portal", "webhooks", "web-channel");

    /** A rendered manifest set: every document as a map. */
    record Manifests(List<Map<String, Object>> all) {

        List<Map<String, Object>> of(String kind) {
            return all.stream().filter(doc -> kind.equals(doc.get("kind"))).toList();
        }

        Map<String, Object> named(String kind, String name) {
            return of(kind).stream().filter(doc -> name.equals(get(doc, "metadata.name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
        }
    }

    static Manifests render(Path valuesFile, Map<String, Object> sets) {
        TemplateCommand template = new Helm(CHART).template().withName("kohtaamo").withNamespace("kohtaamo")
                .withKubeVersion(KUBE_VERSION);
        template = template.withValuesFile(valuesFile != null ? valuesFile : TEST_SECRETS);
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            template = template.set(set.getKey(), set.getValue());
        }
        String output = template.call();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(output)) {
            if (document instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                documents.add(typed);
            }
        }
        return new Manifests(documents);
    }

    static Manifests defaults() {
        return render(null, Map.of());
    }

    static Manifests production() {
        return render(PRODUCTION, Map.of());
    }

    @SuppressWarnings("unchecked")
    static <T> T get(Object node, String path) {
        Object current = node;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return (T) current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node, String path) {
        Object value = get(node, path);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /** The rendered manifests, for a person to read: target/rendered/{default,production}.yaml. */
    @Test
    void theRenderedManifestsAreWrittenForReview() throws IOException {
        Path out = Path.of("target/rendered");
        Files.createDirectories(out);
        String defaults = new Helm(CHART).template().withName("kohtaamo").withKubeVersion(KUBE_VERSION)
                .withValuesFile(TEST_SECRETS).call();
        String production = new Helm(CHART).template().withName("kohtaamo").withKubeVersion(KUBE_VERSION)
                .withValuesFile(PRODUCTION).call();
        Files.writeString(out.resolve("default.yaml"), defaults);
        Files.writeString(out.resolve("production.yaml"), production);
        assertThat(defaults).contains("kind: Deployment");
        assertThat(production).isNotEqualTo(defaults);
    }

    // --- lint ---

    @Test
    void lintPassesStrictlyForTheDefaultValues(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        // The defaults with the secrets an operator must give (the chart has none of its own).
        LintResult lint = new Helm(chartWith(TEST_SECRETS, temp)).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void lintPassesStrictlyForTheProductionValues(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        LintResult lint = new Helm(chartWith(PRODUCTION, temp)).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    /** Helm lint reads the chart's own values.yaml: a copy of the chart with {@code values} merged into it. */
    private static Path chartWith(Path valuesFile, Path temp) throws IOException {
        Path copy = temp.resolve("kohtaamo");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = copy.resolve(CHART.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Yaml yaml = new Yaml();
        Map<String, Object> values = yaml.load(Files.readString(CHART.resolve("values.yaml")));
        merge(values, yaml.load(Files.readString(valuesFile)));
        Files.writeString(copy.resolve("values.yaml"), yaml.dump(values));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> over) {
        over.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map && into.get(key) instanceof Map<?, ?> existing) {
                merge((Map<String, Object>) existing, (Map<String, Object>) map);
            } else {
                into.put(key, value);
            }
        });
    }

    // --- every Deployment ---

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyDeploymentHasProbesLimitsAndALockedDownContainer(boolean productionValues) {
        Manifests manifests = productionValues ? production() : defaults();
        List<Map<String, Object>> deployments = manifests.of("Deployment");
        assertThat(deployments).extracting(d -> get(d, "metadata.labels.app.kubernetes.io/name"))
                .as("one Deployment per service").hasSize(SERVICE_NAMES.size());
        for (Map<String, Object> deployment : deployments) {
            String name = get(deployment, "metadata.name");
            Map<String, Object> pod = get(deployment, "spec.template.spec");
            assertThat((Boolean) get(pod, "securityContext.runAsNonRoot")).as(name).isTrue();
            assertThat((Boolean) get(pod, "automountServiceAccountToken")).as(name).isFalse();
            List<Map<String, Object>> containers = list(pod, "containers");
            assertThat(containers).as(name).hasSize(1);
            Map<String, Object> container = containers.get(0);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat((String) get(container, probe + ".httpGet.port")).as(name + " " + probe).isEqualTo("management");
            }
            assertThat((String) get(container, "startupProbe.httpGet.path")).as(name).isEqualTo("/q/health/started");
            assertThat((String) get(container, "livenessProbe.httpGet.path")).as(name).isEqualTo("/q/health/live");
            assertThat((String) get(container, "readinessProbe.httpGet.path")).as(name).isEqualTo("/q/health/ready");
            assertThat((Object) get(container, "resources.limits.memory")).as(name + " memory limit").isNotNull();
            assertThat((Object) get(container, "resources.limits.cpu")).as(name + " cpu limit").isNotNull();
            assertThat((Object) get(container, "resources.requests.memory")).as(name).isNotNull();
            assertThat((Object) get(container, "resources.requests.cpu")).as(name).isNotNull();
            assertThat((Boolean) get(container, "securityContext.readOnlyRootFilesystem")).as(name).isTrue();
            assertThat((Boolean) get(container, "securityContext.allowPrivilegeEscalation")).as(name).isFalse();
            assertThat((Boolean) get(container, "securityContext.runAsNonRoot")).as(name).isTrue();
            assertThat((List<String>) get(container, "securityContext.capabilities.drop")).as(name).contains("ALL");
            assertThat(list(container, "volumeMounts")).as(name + ": a writable /tmp")
                    .anyMatch(mount -> "/tmp".equals(mount.get("mountPath")));
            String image = get(container, "image");
            assertThat(image).as(name + " image pinned").matches(".+:[0-9][^:]*").doesNotEndWith(":latest");
            // Credentials come from Secrets, never as plain values.
            assertThat(list(container, "env")).as(name).allMatch(env -> env.get("value") == null && env.get("valueFrom") != null);
        }
    }

    @Test
    void everyServiceScalesAndSurvivesADrain() {
        Manifests manifests = production();
        for (Map<String, Object> deployment : manifests.of("Deployment")) {
            String name = get(deployment, "metadata.name");
            Map<String, Object> hpa = manifests.named("HorizontalPodAutoscaler", name);
            assertThat((Integer) get(hpa, "spec.minReplicas")).as(name).isGreaterThanOrEqualTo(2);
            assertThat((String) get(hpa, "spec.scaleTargetRef.name")).isEqualTo(name);
            Map<String, Object> pdb = manifests.named("PodDisruptionBudget", name);
            assertThat((Map<String, Object>) get(pdb, "spec.selector.matchLabels"))
                    .isEqualTo(get(deployment, "spec.selector.matchLabels"));
            assertThat(manifests.named("ServiceAccount", name)).isNotNull();
            assertThat(manifests.named("ServiceMonitor", name)).isNotNull();
            assertThat(manifests.named("Service", name)).isNotNull();
        }
        // Without a ServiceMonitor, the pods say where to scrape.
        Map<String, Object> gateway = defaults().named("Deployment", "kohtaamo-gateway");
        Map<String, String> annotations = get(gateway, "spec.template.metadata.annotations");
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/path", "/q/metrics")
                .containsEntry("prometheus.io/port", "9000");
    }

    /** A change to shared configuration restarts the pods too, not only a change to the service's own values. */
    @Test
    void theConfigChecksumFollowsEveryValueInTheConfigMap() {
        String before = checksum(render(null, Map.of()));
        assertThat(before).isNotBlank();
        assertThat(checksum(render(null, Map.of()))).isEqualTo(before);
        assertThat(checksum(render(null, Map.of("global.issuerUrl", "https://login.example.fi/realms/kohtaamo")))).isNotEqualTo(before);
        assertThat(checksum(render(null, Map.of("mail.from", "Other <other@example.fi>")))).isNotEqualTo(before);
        assertThat(checksum(render(null, Map.of("tracing.otlpEndpoint", "http://collector:4317")))).isNotEqualTo(before);
    }

    private static String checksum(Manifests manifests) {
        Map<String, String> annotations = get(manifests.named("Deployment", "kohtaamo-feedback"), "spec.template.metadata.annotations");
        return annotations.get("kohtaamo.fi/config-checksum");
    }

    /** What production operations rely on: JSON logs, no Swagger UI, scraping on the management port, the alert. */
    @Test
    void logsMetricsAndAlertsAreWhatOperationsExpects() {
        Manifests manifests = production();
        for (Map<String, Object> config : manifests.of("ConfigMap")) {
            assertThat((Map<String, String>) config.get("data")).as((String) get(config, "metadata.name"))
                    .containsEntry("KOHTAAMO_LOG_FORMAT", "json")
                    .containsEntry("QUARKUS_MANAGEMENT_ENABLED", "true").containsEntry("QUARKUS_MANAGEMENT_PORT", "9000");
        }
        assertThat((Map<String, String>) get(manifests.named("ConfigMap", "kohtaamo-gateway"), "data"))
                .containsEntry("KOHTAAMO_SWAGGER_UI", "false");
        assertThat((Map<String, String>) get(render(null, Map.of("swaggerUi.enabled", true)).named("ConfigMap", "kohtaamo-gateway"), "data"))
                .containsEntry("KOHTAAMO_SWAGGER_UI", "true");
        assertThat((Map<String, String>) get(manifests.named("ConfigMap", "kohtaamo-feedback"), "data"))
                .as("the switch is the gateway's").doesNotContainKey("KOHTAAMO_SWAGGER_UI");
        for (String kind : List.of("ServiceMonitor", "PodMonitor", "PrometheusRule")) {
            assertThat(manifests.of(kind)).as(kind).isNotEmpty().allSatisfy(monitor ->
                    assertThat((Map<String, String>) get(monitor, "metadata.labels")).containsEntry("release", "kube-prometheus-stack"));
        }
        for (Map<String, Object> monitor : manifests.of("ServiceMonitor")) {
            assertThat(list(monitor, "spec.endpoints")).singleElement()
                    .satisfies(endpoint -> assertThat(endpoint).containsEntry("port", "management").containsEntry("path", "/q/metrics"));
            Map<String, Object> service = manifests.named("Service", get(monitor, "metadata.name"));
            assertThat(list(service, "spec.ports")).anyMatch(port -> "management".equals(port.get("name")) && Integer.valueOf(9000).equals(port.get("port")));
        }
        List<Map<String, Object>> rules = list(list(manifests.of("PrometheusRule").get(0), "spec.groups").get(0), "rules");
        assertThat(rules).extracting(rule -> rule.get("alert"))
                .contains("KohtaamoDeadLetter", "KohtaamoGdprDeadLetterUnhandled", "KohtaamoOutboxParked");
        assertThat((String) rules.get(0).get("expr")).contains("increase(kohtaamo_dead_letters_total[15m])").endsWith("> 0");
        assertThat(list(manifests.of("PrometheusRule").get(0), "spec.groups")).anySatisfy(group ->
                assertThat(list(group, "rules")).anySatisfy(rule -> assertThat(rule)
                        .containsEntry("alert", "KohtaamoServiceShedding")
                        .satisfies(shedding -> assertThat((String) shedding.get("expr")).contains("kohtaamo_gateway_upstream_busy_total"))));
        assertThat(defaults().of("PrometheusRule")).as("only with the Prometheus Operator").isEmpty();
    }

    // --- who may reach what ---

    @Test
    void theWebChannelCallsTheServicesThroughTheGateway() {
        Map<String, Object> config = defaults().named("ConfigMap", "kohtaamo-web-channel");
        assertThat((Map<String, String>) config.get("data"))
                .containsEntry("QUARKUS_REST_CLIENT_CATALOGUE_URL", "http://kohtaamo-gateway:8080")
                .containsEntry("QUARKUS_REST_CLIENT_CONTACT_ROUTING_URL", "http://kohtaamo-gateway:8080")
                .containsEntry("QUARKUS_REST_CLIENT_FEEDBACK_URL", "http://kohtaamo-gateway:8080")
                .containsEntry("QUARKUS_REST_CLIENT_KNOWLEDGE_URL", "http://kohtaamo-gateway:8080")
                .containsEntry("QUARKUS_REST_CLIENT_REGISTRY_URL", "http://kohtaamo-gateway:8080")
                .containsEntry("QUARKUS_REST_CLIENT_WEBHOOKS_URL", "http://kohtaamo-gateway:8080")
                .containsEntry("KOHTAAMO_WEB_PUBLIC_URL", "https://kohtaamo.example.fi");
        Map<String, String> gateway = get(defaults().named("ConfigMap", "kohtaamo-gateway"), "data");
        assertThat(gateway).containsEntry("KOHTAAMO_GATEWAY_ROUTES_ROUTING_URL", "http://kohtaamo-contact-routing:8080")
                .containsEntry("KOHTAAMO_GATEWAY_ROUTES_WEB_URL", "http://kohtaamo-web-channel:8080")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://kohtaamo-keycloak-service:8080/realms/kohtaamo")
                .containsEntry("QUARKUS_OIDC_TOKEN_ISSUER", "https://auth.kohtaamo.example.fi/realms/kohtaamo")
                .containsEntry("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true")
                .containsEntry("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "10.0.0.0/8,172.16.0.0/12,192.168.0.0/16")
                .containsEntry("KOHTAAMO_GATEWAY_RATE_LIMITS_INTAKE_ANONYMOUS_PER_MINUTE", "20")
                .containsEntry("KOHTAAMO_GATEWAY_RATE_LIMITS_LOOKUP_ANONYMOUS_PER_MINUTE", "20");
    }

    /**
     * Every web-channel replica checks the contact form's challenges with one key (a form may be
     * posted to another replica than the one that served it): a secret derived from the seed.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theWebChannelsReplicasShareTheFormChallengeKey() {
        Manifests manifests = defaults();
        List<Map<String, Object>> containers = list(manifests.named("Deployment", "kohtaamo-web-channel"), "spec.template.spec.containers");
        List<Map<String, Object>> env = list(containers.get(0), "env");
        Map<String, Object> key = env.stream().filter(variable -> "KOHTAAMO_FORM_CHALLENGE_KEY".equals(variable.get("name")))
                .findFirst().orElseThrow();
        assertThat((String) get(key, "valueFrom.secretKeyRef.name")).isEqualTo("kohtaamo-web-form-challenge");
        String encoded = get(manifests.named("Secret", "kohtaamo-web-form-challenge"), "data.key");
        assertThat(new String(java.util.Base64.getDecoder().decode(encoded))).matches("[0-9a-f]{64}");
    }

    /**
     * Contact routing finds a mailbox's IMAP password as kohtaamo.mailbox-secret.<organisation>.<name>
     * (MailboxSecrets): the named secret's keys (ORGANISATION_NAME) become KOHTAAMO_MAILBOX_SECRET_<KEY>, for it alone;
     * the servers mailboxes may name come from mailboxes.allowedHosts.
     */
    @Test
    void contactRoutingGetsTheMailboxPasswordsFromTheNamedSecret() throws IOException {
        Manifests manifests = SchemaTest.Render.EVERYTHING_ON.render();
        for (String service : SERVICE_NAMES) {
            List<Map<String, Object>> envFrom = list(list(manifests.named("Deployment", "kohtaamo-" + service),
                    "spec.template.spec.containers").get(0), "envFrom");
            boolean hasMailboxSecret = envFrom.stream().anyMatch(source -> "KOHTAAMO_MAILBOX_SECRET_".equals(source.get("prefix"))
                    && "mailbox-passwords".equals(get(source, "secretRef.name")));
            assertThat(hasMailboxSecret).as(service).isEqualTo(service.equals("contact-routing"));
        }
        assertThat(Files.readString(Path.of("../services/contact-routing/src/main/java/fi/kohtaamo/routing/service/MailboxSecrets.java")))
                .contains("PREFIX = \"kohtaamo.mailbox-secret.\"");
        // The servers a mailbox may name: given to contact routing, none unless the values name them.
        assertThat((Map<String, String>) get(manifests.named("ConfigMap", "kohtaamo-contact-routing"), "data"))
                .containsEntry("KOHTAAMO_ROUTING_MAIL_ALLOWED_HOSTS", "imap.ely-keskus.fi,*.mail.example.fi");
        assertThat((Map<String, String>) get(defaults().named("ConfigMap", "kohtaamo-contact-routing"), "data"))
                .doesNotContainKey("KOHTAAMO_ROUTING_MAIL_ALLOWED_HOSTS");
    }

    /**
     * attachments.store=s3: contact routing alone gets the bucket's settings in its ConfigMap and the
     * key pair from the named secret (RoutingConfig.S3's names); by default the database keeps the files.
     */
    @Test
    void contactRoutingStoresAttachmentsInTheNamedBucket() {
        Manifests manifests = SchemaTest.Render.EVERYTHING_ON.render();
        assertThat((Map<String, String>) get(manifests.named("ConfigMap", "kohtaamo-contact-routing"), "data"))
                .containsEntry("KOHTAAMO_ROUTING_ATTACHMENTS_STORE", "s3")
                .containsEntry("KOHTAAMO_ROUTING_ATTACHMENTS_S3_ENDPOINT", "https://objects.example.fi:9000")
                .containsEntry("KOHTAAMO_ROUTING_ATTACHMENTS_S3_BUCKET", "kohtaamo-attachments")
                .containsEntry("KOHTAAMO_ROUTING_ATTACHMENTS_S3_PATH_STYLE", "true")
                .containsEntry("KOHTAAMO_ROUTING_ATTACHMENTS_S3_REGION", "eu-north-1")
                .containsEntry("KOHTAAMO_ROUTING_ATTACHMENTS_S3_PREFIX", "attachments/");
        for (String service : SERVICE_NAMES) {
            List<Map<String, Object>> env = list(list(manifests.named("Deployment", "kohtaamo-" + service),
                    "spec.template.spec.containers").get(0), "env");
            List<String> keys = env.stream().filter(variable -> "attachments-s3".equals(get(variable, "valueFrom.secretKeyRef.name")))
                    .map(variable -> variable.get("name") + "=" + get(variable, "valueFrom.secretKeyRef.key")).toList();
            assertThat(keys).as(service).isEqualTo(service.equals("contact-routing")
                    ? List.of("KOHTAAMO_ROUTING_ATTACHMENTS_S3_ACCESS_KEY_ID=access-key-id",
                    "KOHTAAMO_ROUTING_ATTACHMENTS_S3_SECRET_ACCESS_KEY=secret-access-key") : List.of());
        }
        assertThat((Map<String, String>) get(defaults().named("ConfigMap", "kohtaamo-contact-routing"), "data"))
                .containsEntry("KOHTAAMO_ROUTING_ATTACHMENTS_STORE", "database")
                .doesNotContainKey("KOHTAAMO_ROUTING_ATTACHMENTS_S3_BUCKET");
    }

    /** Each rate-limit group the chart sets is one the gateway defines (an unknown one would be ignored). */
    @Test
    void theChartsRateLimitGroupsAreTheGateways() throws IOException {
        java.util.Properties gateway = new java.util.Properties();
        try (var in = Files.newInputStream(SERVICES.resolve("gateway/src/main/resources/application.properties"))) {
            gateway.load(in);
        }
        Set<String> defined = new java.util.TreeSet<>();
        for (String key : gateway.stringPropertyNames()) {
            if (key.startsWith("kohtaamo.gateway.rate-limits.")) {
                defined.add(key.split("\\.")[3]);
            }
        }
        Map<String, String> data = get(defaults().named("ConfigMap", "kohtaamo-gateway"), "data");
        Set<String> set = new java.util.TreeSet<>();
        data.keySet().stream().filter(key -> key.startsWith("KOHTAAMO_GATEWAY_RATE_LIMITS_"))
                .map(key -> key.substring("KOHTAAMO_GATEWAY_RATE_LIMITS_".length()).replaceAll("_(ANONYMOUS|AUTHENTICATED)_PER_MINUTE$", "")
                        .toLowerCase(java.util.Locale.ROOT))
                .forEach(set::add);
        assertThat(set).isNotEmpty().isEqualTo(defined);
        Map<String, String> annotations = get(production().of("Ingress").get(0), "metadata.annotations");
        assertThat(annotations).containsKey("nginx.ingress.kubernetes.io/limit-rps");
    }

    @Test
    void onlyTheGatewayAndKeycloakHaveAnIngressAndTheyAreServedOverTls() {
        Manifests manifests = production();
        assertThat(manifests.of("Ingress")).extracting(ingress -> get(ingress, "metadata.name"))
                .containsExactlyInAnyOrder("kohtaamo-gateway", "kohtaamo-keycloak");
        Map<String, Object> keycloak = manifests.named("Ingress", "kohtaamo-keycloak");
        assertThat((String) get(list(keycloak, "spec.tls").get(0), "secretName")).isEqualTo("tunnistus-kohtaamo-fi-tls");
        assertThat((String) get(list(list(keycloak, "spec.rules").get(0), "http.paths").get(0), "backend.service.name"))
                .as("the operator's Service").isEqualTo("kohtaamo-keycloak-service");
        Map<String, Object> ingress = manifests.named("Ingress", "kohtaamo-gateway");
        assertThat((String) get(list(ingress, "spec.tls").get(0), "secretName")).isEqualTo("asiointi-kohtaamo-fi-tls");
        Map<String, Object> rule = list(ingress, "spec.rules").get(0);
        assertThat((String) rule.get("host")).isEqualTo("asiointi.kohtaamo.fi");
        assertThat((String) get(list(rule, "http.paths").get(0), "backend.service.name")).isEqualTo("kohtaamo-gateway");
    }

    // --- topics ---

    @Test
    void theTopicsAreExactlyWhatTheServicesProduceAndConsume() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern topicValue = Pattern.compile("^(kohtaamo\\.outbox\\.topic|mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(topic|dead-letter-queue\\.topic))$");
        for (String service : SERVICE_NAMES) {
            Path properties = SERVICES.resolve(service).resolve("src/main/resources/application.properties");
            Properties loaded = new Properties();
            try (var reader = Files.newBufferedReader(properties)) {
                loaded.load(reader);
            }
            loaded.stringPropertyNames().stream().filter(key -> topicValue.matcher(key).matches())
                    .forEach(key -> used.add(loaded.getProperty(key).strip()));
        }
        // Topics named in code: the GDPR export parts every service answers on.
        Pattern literal = Pattern.compile("\"(kohtaamo\\.[a-z0-9-]+\\.v[0-9]+)\"");
        try (Stream<Path> sources = Files.walk(SERVICES)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).contains("kohtaamo.contacts.v1", "kohtaamo.feedback.dlq").doesNotContain("kohtaamo.exports.v1");

        Manifests manifests = defaults();
        Set<String> declared = new TreeSet<>();
        for (Map<String, Object> topic : manifests.of("KafkaTopic")) {
            declared.add(get(topic, "spec.topicName"));
            assertThat((Integer) get(topic, "spec.replicas")).isEqualTo(3);
            assertThat(String.valueOf(((Map<String, Object>) get(topic, "spec.config")).get("min.insync.replicas"))).isEqualTo("2");
        }
        assertThat(declared).as("every topic a service uses is declared, and no other").isEqualTo(used);
        assertThat(((Map<String, Object>) get(manifests.named("KafkaTopic", "kohtaamo.catalogue.v1"), "spec.config"))
                .get("cleanup.policy")).isEqualTo("compact");
    }

    // --- infrastructure ---

    @Test
    void kafkaPostgresAndKeycloakAreReplicated() {
        Manifests manifests = production();
        Map<String, Object> kafka = manifests.of("Kafka").get(0);
        assertThat((String) get(kafka, "apiVersion")).as("Strimzi 1.x serves only v1").isEqualTo("kafka.strimzi.io/v1");
        Map<String, Object> config = get(kafka, "spec.kafka.config");
        assertThat(String.valueOf(config.get("default.replication.factor"))).isEqualTo("3");
        assertThat(String.valueOf(config.get("min.insync.replicas"))).isEqualTo("2");
        assertThat(String.valueOf(config.get("auto.create.topics.enable"))).isEqualTo("false");
        Map<String, Object> pool = manifests.of("KafkaNodePool").get(0);
        assertThat((Integer) get(pool, "spec.replicas")).isEqualTo(3);
        assertThat((List<String>) get(pool, "spec.roles")).containsExactlyInAnyOrder("controller", "broker");

        Map<String, Object> cluster = manifests.named("Cluster", "kohtaamo-postgres");
        assertThat((Integer) get(cluster, "spec.instances")).isEqualTo(3);
        List<String> sql = get(cluster, "spec.bootstrap.initdb.postInitApplicationSQL");
        for (String schema : List.of("catalogue", "registry", "routing", "feedback", "knowledge", "webhooks")) {
            assertThat(sql).contains("create schema " + schema + " authorization " + schema);
            assertThat(list(cluster, "spec.managed.roles")).anyMatch(role -> schema.equals(role.get("name")));
        }
        // The gateway and the web channel keep no data: no role, no schema.
        assertThat(String.join("\n", sql)).doesNotContain("gateway", "webchannel");
        assertThat(sql).contains("create extension if not exists pg_trgm with schema knowledge");
        // Backups by the Barman Cloud plugin to an ObjectStore, not by the removed in-tree Barman.
        assertThat((Object) get(cluster, "spec.backup")).isNull();
        Map<String, Object> plugin = list(cluster, "spec.plugins").get(0);
        assertThat(plugin).containsEntry("name", "barman-cloud.cloudnative-pg.io").containsEntry("isWALArchiver", true);
        Map<String, Object> store = manifests.named("ObjectStore", get(plugin, "parameters.barmanObjectName"));
        assertThat((String) get(store, "spec.configuration.destinationPath")).isEqualTo("s3://kohtaamo-backups/postgres");
        Map<String, Object> backup = manifests.of("ScheduledBackup").get(0);
        assertThat((String) get(backup, "spec.method")).isEqualTo("plugin");
        assertThat((String) get(backup, "spec.pluginConfiguration.name")).isEqualTo("barman-cloud.cloudnative-pg.io");
        // Metrics by a PodMonitor of its own (enablePodMonitor is deprecated).
        assertThat((Object) get(cluster, "spec.monitoring")).isNull();
        Map<String, Object> podMonitor = manifests.named("PodMonitor", "kohtaamo-postgres");
        assertThat((Map<String, Object>) get(podMonitor, "spec.selector.matchLabels")).containsEntry("cnpg.io/cluster", "kohtaamo-postgres");

        Map<String, Object> keycloak = manifests.of("Keycloak").get(0);
        assertThat((Integer) get(keycloak, "spec.instances")).isEqualTo(3);
        assertThat((Boolean) get(keycloak, "spec.startOptimized")).as("the stock image builds our options at start").isFalse();
        assertThat((String) get(keycloak, "spec.db.host")).isEqualTo("kohtaamo-postgres-rw");
        Map<String, Object> realm = get(manifests.of("KeycloakRealmImport").get(0), "spec.realm");
        assertThat((String) realm.get("realm")).isEqualTo("kohtaamo");
        assertThat(realm).as("no demo users in production").doesNotContainKey("users");
        List<Map<String, Object>> clients = list(realm, "clients");
        assertThat(clients).extracting(client -> client.get("clientId")).contains("kohtaamo-gateway")
                .doesNotContain("kohtaamo-cli", "demo-agency-system");
        Map<String, Object> gatewayClient = clients.stream().filter(c -> "kohtaamo-gateway".equals(c.get("clientId"))).findFirst().orElseThrow();
        assertThat((List<String>) gatewayClient.get("redirectUris")).containsExactly("https://asiointi.kohtaamo.fi/*");
        List<Map<String, Object>> roles = list(realm, "roles.realm");
        assertThat(roles).extracting(role -> role.get("name")).contains("feedback-handler", "steering", "agent", "manager", "survey-sender");
        Map<String, Object> feedbackClient = clients.stream().filter(c -> "kohtaamo-feedback".equals(c.get("clientId"))).findFirst().orElseThrow();
        assertThat((String) feedbackClient.get("secret")).as("the feedback service's secret comes from its Secret")
                .isEqualTo("${KOHTAAMO_FEEDBACK_CLIENT_SECRET}");
        assertThat((Map<String, Object>) get(manifests.of("KeycloakRealmImport").get(0), "spec.placeholders"))
                .containsKey("KOHTAAMO_FEEDBACK_CLIENT_SECRET");
    }

    @Test
    void theRealmIsTheLaunchersRealm() throws IOException {
        assertThat(Files.readString(CHART.resolve("files/kohtaamo-realm.json")))
                .as("helm/kohtaamo/files/kohtaamo-realm.json is a copy of deploy/keycloak/kohtaamo-realm.json: copy it again")
                .isEqualTo(Files.readString(Path.of("../deploy/keycloak/kohtaamo-realm.json")));
    }

    @Test
    void infrastructureTheClusterAlreadyHasIsNotRendered() {
        Manifests manifests = SchemaTest.Render.ALL_EXTERNAL.render();
        assertThat(manifests.of("Kafka")).isEmpty();
        assertThat(manifests.of("KafkaUser")).isEmpty();
        assertThat(manifests.of("KafkaTopic")).isEmpty();
        assertThat(manifests.of("Cluster")).isEmpty();
        assertThat(manifests.of("Keycloak")).isEmpty();
        Map<String, String> config = get(manifests.named("ConfigMap", "kohtaamo-feedback"), "data");
        assertThat(config).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka-1.shared.example.fi:9093,kafka-2.shared.example.fi:9093")
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "https://auth.kohtaamo.example.fi/realms/kohtaamo")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://pg.shared.example.fi:5432/kohtaamo")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "feedback");
        Map<String, Object> feedback = list(get(manifests.named("Deployment", "kohtaamo-feedback"), "spec.template.spec"),
                "containers").get(0);
        assertThat(list(feedback, "env")).anyMatch(env -> "KAFKA_SASL_JAAS_CONFIG".equals(env.get("name"))
                && "kafka-feedback".equals(get(env, "valueFrom.secretKeyRef.name")));
        assertThat(list(get(manifests.named("Deployment", "kohtaamo-feedback"), "spec.template.spec"), "volumes"))
                .anyMatch(volume -> "shared-kafka-ca".equals(get(volume, "secret.secretName")));
    }

    // --- secrets ---

    @Test
    void namedExistingSecretsAreUsedAndNoneIsMadeForThem() {
        Manifests manifests = production();
        Set<String> secrets = new TreeSet<>();
        manifests.of("Secret").forEach(secret -> secrets.add(get(secret, "metadata.name")));
        assertThat(secrets).doesNotContain("kohtaamo-gateway-oidc", "kohtaamo-feedback-oidc", "kohtaamo-registry-keys", "kohtaamo-db-registry")
                .contains("kohtaamo-db-routing", "kohtaamo-db-keycloak");
        Map<String, Object> gateway = list(get(manifests.named("Deployment", "kohtaamo-gateway"), "spec.template.spec"),
                "containers").get(0);
        assertThat(list(gateway, "env")).anyMatch(env -> "QUARKUS_OIDC_CREDENTIALS_SECRET".equals(env.get("name"))
                && "kohtaamo-gateway-oidc".equals(get(env, "valueFrom.secretKeyRef.name")));
        Map<String, Object> feedbackService = list(get(manifests.named("Deployment", "kohtaamo-feedback"), "spec.template.spec"),
                "containers").get(0);
        assertThat(list(feedbackService, "env")).as("the feedback service's own client secret, for its scheduled survey rounds")
                .anyMatch(env -> "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET".equals(env.get("name"))
                        && "kohtaamo-feedback-oidc".equals(get(env, "valueFrom.secretKeyRef.name")));
        Map<String, Object> registry = list(get(manifests.named("Deployment", "kohtaamo-client-registry"), "spec.template.spec"),
                "containers").get(0);
        assertThat(list(registry, "env")).anyMatch(env -> "QUARKUS_DATASOURCE_PASSWORD".equals(env.get("name"))
                && "kohtaamo-db-registry".equals(get(env, "valueFrom.secretKeyRef.name")));
        assertThat(list(registry, "env")).anyMatch(env -> "KOHTAAMO_REGISTRY_HASH_KEY".equals(env.get("name"))
                && "kohtaamo-registry-keys".equals(get(env, "valueFrom.secretKeyRef.name")));
        assertThat(list(registry, "env")).anyMatch(env -> "KOHTAAMO_REGISTRY_EXPORT_PRIVATE_KEY".equals(env.get("name"))
                && "export-private-key".equals(get(env, "valueFrom.secretKeyRef.key")));
        for (String participant : List.of("kohtaamo-contact-routing", "kohtaamo-feedback")) {
            Map<String, Object> container = list(get(manifests.named("Deployment", participant), "spec.template.spec"), "containers").get(0);
            assertThat(list(container, "env")).as(participant + " seals its export parts to the registry's key")
                    .anyMatch(env -> "KOHTAAMO_EXPORT_REGISTRY_PUBLIC_KEY".equals(env.get("name")));
        }
        assertThat((Map<String, String>) get(manifests.named("ConfigMap", "kohtaamo-feedback"), "data"))
                .containsEntry("KOHTAAMO_OTLP_ENDPOINT", "http://otel-collector.monitoring:4317")
                .containsEntry("KOHTAAMO_OTLP_PROTOCOL", "grpc");
        assertThat((Map<String, String>) get(defaults().named("ConfigMap", "kohtaamo-feedback"), "data"))
                .as("no export unless a collector is named").doesNotContainKey("KOHTAAMO_OTLP_ENDPOINT");
        Map<String, Object> feedback = list(get(manifests.named("Deployment", "kohtaamo-feedback"), "spec.template.spec"),
                "containers").get(0);
        assertThat(list(feedback, "env")).anyMatch(env -> "QUARKUS_MAILER_PASSWORD".equals(env.get("name"))
                && "kohtaamo-smtp".equals(get(env, "valueFrom.secretKeyRef.name")));
    }

    // --- names and validation ---

    @Test
    void namesStayWithin63CharactersForALongReleaseName() {
        // Helm allows release names of up to 53 characters.
        String release = "a-long-release-name-for-the-agencies-shared-platform";
        assertThat(release).hasSizeLessThanOrEqualTo(53);
        String output = new Helm(CHART).template().withName(release).withKubeVersion(KUBE_VERSION)
                .withValuesFile(TEST_SECRETS).call();
        Map<String, Integer> longest = new HashMap<>();
        for (Object document : new Yaml().loadAll(output)) {
            if (document instanceof Map<?, ?> map) {
                String name = get(map, "metadata.name");
                longest.merge(String.valueOf(map.get("kind")), name.length(), Math::max);
                assertThat(name.length()).as(name).isLessThanOrEqualTo(63);
                assertThat(name).doesNotEndWith("-");
            }
        }
        assertThat(output).contains("-contact-routing").contains("-knowledge-portal");
        // Room for what the operators add: CloudNativePG's -rw, Strimzi's -kafka-bootstrap, Keycloak's -service.
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(output)) {
            if (document instanceof Map<?, ?> map) {
                documents.add((Map<String, Object>) map);
            }
        }
        Manifests manifests = new Manifests(documents);
        assertThat(((String) get(manifests.of("Cluster").get(0), "metadata.name")) + "-rw").hasSizeLessThanOrEqualTo(63);
        assertThat(((String) get(manifests.of("Kafka").get(0), "metadata.name")) + "-kafka-bootstrap").hasSizeLessThanOrEqualTo(63);
        assertThat(((String) get(manifests.of("Keycloak").get(0), "metadata.name")) + "-service").hasSizeLessThanOrEqualTo(63);
    }

    @Test
    void badCombinationsFailWithAMessage() {
        assertFails(Map.of("kafka.enabled", false), "externalKafka.bootstrapServers");
        assertFails(Map.of("postgres.enabled", false), "externalPostgres.host");
        assertFails(Map.of("ingress.tls.secretName", ""), "TLS");
        assertFails(Map.of("kafka.minInsyncReplicas", 3), "replicationFactor");
        assertFails(Map.of("services.feedback.autoscaling.minReplicas", 5), "minReplicas");
        assertFails(Map.of("services.feedback.replicas", 1), "disruption budget");
        assertFails(Map.of("gateway.oidc.clientSecret", "short"), "gateway.oidc");
        assertFails(Map.of("feedback.oidc.clientSecret", "short"), "feedback.oidc");
        assertFails(Map.of("feedback.oidc.clientSecret", "demo-feedback-secret-change-me-0123456789abcdef"),
                "feedback.oidc.clientSecret is the local launcher's public demo value");
        // the local launcher's public demo values are refused by name
        assertFails(Map.of("gateway.oidc.clientSecret", "demo-gateway-secret-change-me-0123456789abcdef"),
                "gateway.oidc.clientSecret is the local launcher's public demo value");
        assertFails(Map.of("registry.hashKey", "ZGVtby1vbmx5LWxvY2FsLWhtYWMta2V5LTMyYnl0ZXM="), "registry.hashKey is the local");
        assertFails(Map.of("postgres.passwordSeed", "demo-seed-change-me-in-production"), "postgres.passwordSeed is the local");
        assertFails(Map.of("mail.mock", false), "mail.host");
        assertFails(Map.of("services.gateway.enabled", false), "only way in");
        assertFails(Map.of("attachments.store", "s3"), "attachments.s3.bucket");
        assertFails(Map.of("attachments.store", "files"), "store");
        // External infrastructure behind NetworkPolicies needs to be named, or nothing reaches it.
        assertFails(Map.of("kafka.enabled", false, "externalKafka.bootstrapServers", "kafka:9093"), "externalKafka.egress");
        assertFails(Map.of("postgres.enabled", false, "externalPostgres.host", "pg"), "externalPostgres.egress");
        assertFails(Map.of("keycloak.enabled", false), "externalKeycloak.egress");
        assertFails(Map.of("kafka.enabled", false, "externalKafka.bootstrapServers", "kafka:9093", "networkPolicy.enabled", false),
                "externalKafka.userSecrets.");
        assertFails(Map.of("global.logFormat", "xml"), "logFormat");
        // The values schema: a wrong type, an unknown service, an unpinned image.
        assertFails(Map.of("services.feedback.replicas", "two"), "replicas");
        assertFails(Map.of("services.chatbot.enabled", true, "services.chatbot.schema", "chatbot"), "chatbot");
        assertFails(Map.of("global.image.tag", "latest"), "tag");
    }

    @Test
    void forwardedHeadersNeedATrustedProxy(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path values = temp.resolve("no-proxies.yaml");
        Files.writeString(values, Files.readString(TEST_SECRETS).replace("gateway:\n", "gateway:\n  trustedProxies: []\n"));
        assertThatThrownBy(() -> render(values, Map.of())).hasMessageContaining("gateway.trustedProxies");
    }

    private static void assertFails(Map<String, Object> sets, String message) {
        assertThatThrownBy(() -> render(null, sets)).as(sets.toString()).hasMessageContaining(message);
    }

    @Test
    void theDefaultsAreRenderedWithTheirWarnings() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("keycloak.realmImport.demoUsers", true);
        Manifests manifests = render(null, values);
        Map<String, Object> realm = get(manifests.of("KeycloakRealmImport").get(0), "spec.realm");
        assertThat(list(realm, "users")).extracting(user -> user.get("username")).contains("agent.uusimaa", "steering.1");
    }
}
