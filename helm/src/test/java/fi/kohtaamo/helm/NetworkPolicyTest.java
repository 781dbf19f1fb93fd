package fi.kohtaamo.helm;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fi.kohtaamo.helm.ChartTest.get;
import static fi.kohtaamo.helm.ChartTest.list;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NetworkPolicies simulated: may one pod open a connection to another on a port? Both the
 * source's egress and the destination's ingress must allow it, as a CNI enforces them. The
 * operators' pods carry the labels the operators really put on them, and Strimzi's own policy for
 * the listener is built from the Kafka resource's networkPolicyPeers as Strimzi builds it.
 */
@SuppressWarnings("unchecked")
class NetworkPolicyTest {

    static final String NAMESPACE = "kohtaamo";

    /** A pod (namespace null: a host outside the cluster) with its labels, address and named ports. */
    record Pod(String namespace, Map<String, String> labels, String ip, Map<String, Integer> ports) {
    }

    static final Pod KAFKA_BROKER = new Pod(NAMESPACE, Map.of("strimzi.io/cluster", "kohtaamo-kafka", "strimzi.io/kind", "Kafka",
            "strimzi.io/name", "kohtaamo-kafka-kafka", "strimzi.io/pool-name", "kohtaamo-kafka-pool", "strimzi.io/broker-role", "true",
            "strimzi.io/controller-role", "true"), "10.244.1.10", Map.of("tcp-clientstls", 9093));
    static final Pod POSTGRES_PRIMARY = new Pod(NAMESPACE, Map.of("cnpg.io/cluster", "kohtaamo-postgres", "cnpg.io/instanceName",
            "kohtaamo-postgres-1", "cnpg.io/instanceRole", "primary", "cnpg.io/podRole", "instance", "role", "primary"),
            "10.244.1.11", Map.of("postgresql", 5432, "metrics", 9187));
    static final Pod KEYCLOAK = new Pod(NAMESPACE, Map.of("app", "keycloak", "app.kubernetes.io/instance", "kohtaamo-keycloak",
            "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/component", "server"),
            "10.244.1.12", Map.of("http", 8080, "management", 9000));
    static final Pod PROMETHEUS = new Pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"), "10.244.2.1", Map.of());
    static final Pod INGRESS_CONTROLLER = new Pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"), "10.244.2.2", Map.of());
    static final Pod STRANGER = new Pod(NAMESPACE, Map.of("app", "debug-shell"), "10.244.2.3", Map.of());

    @Test
    void eachServiceReachesWhatItUsesAndNothingElse() {
        ChartTest.Manifests manifests = ChartTest.defaults();
        List<Map<String, Object>> policies = policiesWithStrimzis(manifests);
        Pod gateway = pod(manifests, "gateway");
        Pod webChannel = pod(manifests, "web-channel");
        for (String service : ChartTest.SERVICE_NAMES) {
            ServiceSources sources = new ServiceSources(service);
            Pod pod = pod(manifests, service);
            assertThat(allowed(policies, pod, KAFKA_BROKER, 9093)).as(service + " → Kafka").isEqualTo(sources.usesKafka());
            assertThat(allowed(policies, pod, POSTGRES_PRIMARY, 5432)).as(service + " → PostgreSQL").isEqualTo(sources.usesDatabase());
            assertThat(allowed(policies, pod, KEYCLOAK, 8080)).as(service + " → Keycloak").isTrue();

            boolean isGateway = service.equals("gateway");
            assertThat(allowed(policies, gateway, pod, 8080)).as("gateway → " + service).isEqualTo(!isGateway);
            assertThat(allowed(policies, webChannel, pod, 8080)).as("web channel → " + service).isEqualTo(isGateway);
            assertThat(allowed(policies, INGRESS_CONTROLLER, pod, 8080)).as("ingress → " + service).isEqualTo(isGateway);
            assertThat(allowed(policies, STRANGER, pod, 8080)).as("stranger → " + service).isFalse();
            // Health and metrics: the monitoring namespace only.
            assertThat(allowed(policies, PROMETHEUS, pod, 9000)).as("Prometheus → " + service + " management").isTrue();
            assertThat(allowed(policies, PROMETHEUS, pod, 8080)).as("Prometheus → " + service + " http").isFalse();
            assertThat(allowed(policies, gateway, pod, 9000)).as("gateway → " + service + " management").isFalse();
            assertThat(allowed(policies, INGRESS_CONTROLLER, pod, 9000)).as("ingress → " + service + " management").isFalse();
        }
        assertThat(allowed(policies, STRANGER, KAFKA_BROKER, 9093)).as("Strimzi's listener policy keeps others out").isFalse();
    }

    @Test
    void withInfrastructureOutsideTheClusterEachServiceReachesTheNamedEndpoints() {
        ChartTest.Manifests manifests = SchemaTest.Render.ALL_EXTERNAL.render();
        List<Map<String, Object>> policies = list(manifests, "NetworkPolicy");
        Pod kafka = new Pod(null, Map.of(), "10.30.0.7", Map.of());
        Pod postgres = new Pod(null, Map.of(), "10.30.1.10", Map.of());
        Pod postgresNeighbour = new Pod(null, Map.of(), "10.30.1.11", Map.of());
        Pod keycloak = new Pod(null, Map.of(), "10.30.2.5", Map.of());
        for (String service : ChartTest.SERVICE_NAMES) {
            ServiceSources sources = new ServiceSources(service);
            Pod pod = pod(manifests, service);
            assertThat(allowed(policies, pod, kafka, 9093)).as(service + " → external Kafka").isEqualTo(sources.usesKafka());
            assertThat(allowed(policies, pod, postgres, 5432)).as(service + " → external PostgreSQL").isEqualTo(sources.usesDatabase());
            assertThat(allowed(policies, pod, postgresNeighbour, 5432)).as(service + " → beside PostgreSQL").isFalse();
            assertThat(allowed(policies, pod, keycloak, 443)).as(service + " → external Keycloak").isTrue();
            assertThat(allowed(policies, pod, keycloak, 22)).as(service + " → another port").isFalse();
        }
    }

    /**
     * Contact routing reads the agencies' IMAP mailboxes: it reaches the servers mailboxes.egress
     * names, on their port, and nothing else does; without the value no mail server is reachable.
     */
    @Test
    void contactRoutingReachesTheNamedMailServersOnly() {
        Pod imapServer = new Pod(null, Map.of(), "192.0.2.5", Map.of());
        Pod elsewhere = new Pod(null, Map.of(), "198.51.100.7", Map.of());
        ChartTest.Manifests named = SchemaTest.Render.EVERYTHING_ON.render();
        List<Map<String, Object>> policies = list(named, "NetworkPolicy");
        for (String service : ChartTest.SERVICE_NAMES) {
            boolean readsMailboxes = service.equals("contact-routing");
            Pod pod = pod(named, service);
            assertThat(allowed(policies, pod, imapServer, 993)).as(service + " → IMAP server").isEqualTo(readsMailboxes);
            assertThat(allowed(policies, pod, imapServer, 143)).as(service + " → IMAP server, another port").isFalse();
            assertThat(allowed(policies, pod, elsewhere, 993)).as(service + " → another host's IMAP").isFalse();
        }
        ChartTest.Manifests defaults = ChartTest.defaults();
        assertThat(allowed(list(defaults, "NetworkPolicy"), pod(defaults, "contact-routing"), imapServer, 993))
                .as("no mail server unless named").isFalse();
    }

    /**
     * The webhooks service sends to receivers anywhere on 443, but its egress leaves out the private,
     * loopback, link-local and carrier-grade NAT ranges, the cluster's pods among them: a DNS answer
     * that turns local between the service's check and its connection still reaches nothing inside.
     */
    @Test
    void webhooksReachPublicReceiversButNothingPrivate() {
        ChartTest.Manifests defaults = ChartTest.defaults();
        List<Map<String, Object>> policies = policiesWithStrimzis(defaults);
        Pod webhooks = pod(defaults, "webhooks");
        assertThat(allowed(policies, webhooks, new Pod(null, Map.of(), "193.166.3.2", Map.of()), 443)).as("a public receiver").isTrue();
        assertThat(allowed(policies, webhooks, new Pod(null, Map.of(), "193.166.3.2", Map.of()), 8443)).as("another port").isFalse();
        for (String ip : List.of("10.96.0.1", "172.20.0.5", "192.168.1.1", "169.254.169.254", "100.64.0.1", "127.0.0.1")) {
            assertThat(allowed(policies, webhooks, new Pod(null, Map.of(), ip, Map.of()), 443)).as("webhooks → " + ip).isFalse();
        }
        Pod inCluster = new Pod(NAMESPACE, Map.of("app", "something-on-443"), "10.244.4.4", Map.of());
        assertThat(allowed(policies, webhooks, inCluster, 443)).as("webhooks → a pod on 443").isFalse();
    }

    /** With attachments in an object store, contact routing alone reaches it (attachments.s3.egress), on its port. */
    @Test
    void contactRoutingReachesTheAttachmentStoreOnly() {
        Pod objectStore = new Pod(null, Map.of(), "192.0.2.70", Map.of());
        ChartTest.Manifests named = SchemaTest.Render.EVERYTHING_ON.render();
        List<Map<String, Object>> policies = list(named, "NetworkPolicy");
        for (String service : ChartTest.SERVICE_NAMES) {
            Pod pod = pod(named, service);
            assertThat(allowed(policies, pod, objectStore, 9000)).as(service + " → object store")
                    .isEqualTo(service.equals("contact-routing"));
            assertThat(allowed(policies, pod, objectStore, 22)).as(service + " → object store, another port").isFalse();
        }
    }

    private static List<Map<String, Object>> list(ChartTest.Manifests manifests, String kind) {
        return new ArrayList<>(manifests.of(kind));
    }

    /** The chart's policies and the one Strimzi writes for the brokers' listeners. */
    private static List<Map<String, Object>> policiesWithStrimzis(ChartTest.Manifests manifests) {
        List<Map<String, Object>> policies = list(manifests, "NetworkPolicy");
        Map<String, Object> kafka = manifests.of("Kafka").get(0);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> listener : ChartTest.list(kafka, "spec.kafka.listeners")) {
            rules.add(Map.of("ports", List.of(Map.of("port", listener.get("port"), "protocol", "TCP")),
                    "from", listener.getOrDefault("networkPolicyPeers", List.of())));
        }
        policies.add(Map.of("metadata", Map.of("name", "kohtaamo-kafka-network-policy-kafka"), "spec", Map.of(
                "podSelector", Map.of("matchLabels", Map.of("strimzi.io/cluster", "kohtaamo-kafka", "strimzi.io/name", "kohtaamo-kafka-kafka")),
                "policyTypes", List.of("Ingress"), "ingress", rules)));
        return policies;
    }

    private static Pod pod(ChartTest.Manifests manifests, String service) {
        Map<String, Object> template = get(manifests.named("Deployment", "kohtaamo-" + service), "spec.template");
        Map<String, Integer> ports = new java.util.HashMap<>();
        for (Map<String, Object> port : ChartTest.list(ChartTest.list(template, "spec.containers").get(0), "ports")) {
            ports.put((String) port.get("name"), (Integer) port.get("containerPort"));
        }
        return new Pod(NAMESPACE, get(template, "metadata.labels"), "10.244.3." + (10 + service.length()), ports);
    }

    static boolean allowed(List<Map<String, Object>> policies, Pod from, Pod to, int port) {
        return permits(policies, from, "Egress", "egress", "to", to, port, to)
                && permits(policies, to, "Ingress", "ingress", "from", from, port, to);
    }

    /** Whether the policies selecting {@code subject} let {@code peer} through in one direction. */
    private static boolean permits(List<Map<String, Object>> policies, Pod subject, String type, String rulesKey, String peersKey,
                                   Pod peer, int port, Pod destination) {
        if (subject.namespace() == null || !NAMESPACE.equals(subject.namespace())) {
            return true; // outside the chart's namespace: no policy of ours applies
        }
        List<Map<String, Object>> selecting = policies.stream()
                .filter(policy -> selects(get(policy, "spec.podSelector"), subject.labels()))
                .filter(policy -> ((List<String>) get(policy, "spec.policyTypes")).contains(type)).toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (Map<String, Object> policy : selecting) {
            for (Map<String, Object> rule : ChartTest.list(policy, "spec." + rulesKey)) {
                boolean portMatches = !rule.containsKey("ports") || ChartTest.list(rule, "ports").stream()
                        .anyMatch(allowedPort -> portOf(allowedPort.get("port"), destination) == port);
                boolean peerMatches = !rule.containsKey(peersKey) || ChartTest.list(rule, peersKey).stream()
                        .anyMatch(allowedPeer -> matches(allowedPeer, peer));
                if (portMatches && peerMatches) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int portOf(Object port, Pod destination) {
        if (port instanceof Integer number) {
            return number;
        }
        return destination.ports().getOrDefault((String) port, -1);
    }

    private static boolean matches(Map<String, Object> peer, Pod pod) {
        if (peer.containsKey("ipBlock")) {
            List<String> except = (List<String>) ((Map<String, Object>) peer.get("ipBlock")).getOrDefault("except", List.of());
            return contains(get(peer, "ipBlock.cidr"), pod.ip()) && except.stream().noneMatch(cidr -> contains(cidr, pod.ip()));
        }
        if (pod.namespace() == null) {
            return false;
        }
        boolean namespaceMatches = peer.containsKey("namespaceSelector")
                ? selects(get(peer, "namespaceSelector"), Map.of("kubernetes.io/metadata.name", pod.namespace()))
                : NAMESPACE.equals(pod.namespace());
        boolean podMatches = !peer.containsKey("podSelector") || selects(get(peer, "podSelector"), pod.labels());
        return namespaceMatches && podMatches;
    }

    /** A label selector: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
    private static boolean selects(Map<String, Object> selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        Map<String, String> matchLabels = (Map<String, String>) selector.getOrDefault("matchLabels", Map.of());
        if (!labels.entrySet().containsAll(matchLabels.entrySet())) {
            return false;
        }
        for (Map<String, Object> expression : (List<Map<String, Object>>) selector.getOrDefault("matchExpressions", List.of())) {
            String value = labels.get((String) expression.get("key"));
            List<String> values = (List<String>) expression.getOrDefault("values", List.of());
            boolean ok = switch ((String) expression.get("operator")) {
                case "In" -> values.contains(value);
                case "NotIn" -> !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + expression.get("operator"));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String cidr, String ip) {
        try {
            String[] parts = cidr.split("/");
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] address = InetAddress.getByName(ip).getAddress();
            int bits = Integer.parseInt(parts[1]);
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((network[i / 8] & mask) != (address[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
