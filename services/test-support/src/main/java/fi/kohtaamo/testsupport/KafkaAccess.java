package fi.kohtaamo.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Who may do what on Kafka: one principal per service (the module's name) and its ACLs, derived
 * from the service's own application.properties so that the grants cannot drift from what the
 * service does. A service writes its own topic ({@code kohtaamo.outbox.topic}) and its own
 * dead-letter topics (prefix {@code kohtaamo.<service>.dlq}, so a retry topic fits); it reads the
 * topics of its {@code mp.messaging.incoming.*} channels with their consumer groups. Nothing else:
 * the broker runs with {@code allow.everyone.if.no.acl.found=false}.
 * <p>
 * One class for every use: the launcher runs it as a single-file program (no build needed:
 * {@code java -cp 'deploy/kafka/target/libs/*' KafkaAccess.java apply …}), tests call it. So it
 * depends on nothing but the JDK and the Kafka client.
 */
public final class KafkaAccess {

    /** The principal the launcher and the tests administer the broker with (the only super user). */
    public static final String ADMIN = "admin";

    private static final String INCOMING = "mp.messaging.incoming.";

    /**
     * The catalogue's topic is the services' state: compacted, it keeps every service's latest
     * event for good, so that a service's read model can be rebuilt from the start at any time.
     */
    static final String COMPACTED_TOPIC = "kohtaamo.catalogue.v1";

    /**
     * Dead letters are kept 30 days, not the broker's 7: long enough to notice one (the alert fires
     * within minutes, a GDPR one stays up until handled), find the cause over a holiday, fix it and
     * replay ({@code ./kohtaamo dlq replay}). The inbox remembers events 35 days, longer than that,
     * so a replay of a letter that was handled meanwhile has no second effect.
     */
    static final String DEAD_LETTER_RETENTION_MS = String.valueOf(Duration.ofDays(30).toMillis());

    /** What one service may do. {@code writes} and {@code reads} are topic names; groups are consumer groups. */
    public record ServiceAccess(String principal, SortedSet<String> writes, String deadLetterPrefix,
                                SortedSet<String> deadLetterTopics, SortedSet<String> reads, SortedSet<String> groups) {

        public List<AclBinding> bindings() {
            List<AclBinding> bindings = new ArrayList<>();
            for (String topic : writes) {
                allow(bindings, ResourceType.TOPIC, PatternType.LITERAL, topic, AclOperation.WRITE, AclOperation.DESCRIBE);
            }
            if (deadLetterPrefix != null) {
                // CREATE too: a dead-letter or retry topic may be created on its first failure.
                allow(bindings, ResourceType.TOPIC, PatternType.PREFIXED, deadLetterPrefix,
                        AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE);
            }
            for (String topic : reads) {
                allow(bindings, ResourceType.TOPIC, PatternType.LITERAL, topic, AclOperation.READ, AclOperation.DESCRIBE);
            }
            for (String group : groups) {
                allow(bindings, ResourceType.GROUP, PatternType.LITERAL, group, AclOperation.READ);
            }
            return bindings;
        }

        private void allow(List<AclBinding> bindings, ResourceType type, PatternType pattern, String name,
                           AclOperation... operations) {
            for (AclOperation operation : operations) {
                bindings.add(new AclBinding(new ResourcePattern(type, name, pattern),
                        new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW)));
            }
        }
    }

    private KafkaAccess() {
    }

    /** Every service under {@code services/} that talks to Kafka (names {@code kafka.bootstrap.servers}). */
    public static List<ServiceAccess> derive(Path servicesDir) {
        try (Stream<Path> modules = Files.list(servicesDir)) {
            List<ServiceAccess> all = new ArrayList<>();
            for (Path module : modules.sorted().toList()) {
                Path file = module.resolve("src/main/resources/application.properties");
                if (Files.isRegularFile(file)) {
                    Properties properties = new Properties();
                    try (InputStream in = Files.newInputStream(file)) {
                        properties.load(in);
                    }
                    if (properties.containsKey("kafka.bootstrap.servers")) {
                        all.add(of(module.getFileName().toString(), properties));
                    }
                }
            }
            return all;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the services' configuration under " + servicesDir, e);
        }
    }

    /** One service's access from its configuration; a dead-letter topic outside its prefix is refused. */
    static ServiceAccess of(String service, Properties properties) {
        SortedSet<String> writes = new TreeSet<>();
        SortedSet<String> deadLetters = new TreeSet<>();
        SortedSet<String> reads = new TreeSet<>();
        SortedSet<String> groups = new TreeSet<>();
        String own = properties.getProperty("kohtaamo.outbox.topic");
        if (own != null) {
            writes.add(own);
        }
        String prefix = "kohtaamo." + service + ".dlq";
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (key.startsWith("mp.messaging.outgoing.") && key.endsWith(".topic")) {
                writes.add(value);
            } else if (key.startsWith(INCOMING) && key.endsWith(".topic") && key.indexOf('.', INCOMING.length()) == key.length() - 6) {
                reads.add(value);
            } else if (key.startsWith(INCOMING) && key.endsWith(".group.id")) {
                groups.add(value);
            } else if (key.startsWith(INCOMING) && (key.endsWith(".dead-letter-queue.topic") || key.endsWith(".delayed-retry-topic.topics"))) {
                for (String topic : value.split(",")) {
                    if (!topic.strip().startsWith(prefix)) {
                        throw new IllegalStateException(service + ": " + key + "=" + value + " is not under its dead-letter prefix " + prefix);
                    }
                    deadLetters.add(topic.strip());
                }
            }
        }
        boolean consumes = !reads.isEmpty();
        if (consumes && groups.isEmpty()) {
            throw new IllegalStateException(service + " consumes " + reads + " without naming its consumer group");
        }
        return new ServiceAccess(service, writes, consumes ? prefix : null, deadLetters, reads, groups);
    }

    /** The matrix as a Markdown table (docs/events.md shows it). */
    public static String table(List<ServiceAccess> services) {
        StringBuilder table = new StringBuilder("| principal | writes (WRITE, DESCRIBE) | dead letters (WRITE, DESCRIBE, CREATE; prefix) | reads (READ, DESCRIBE) | consumer groups (READ) |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (ServiceAccess service : services) {
            table.append("| `").append(service.principal()).append("` | ")
                    .append(codes(service.writes())).append(" | ")
                    .append(service.deadLetterPrefix() == null ? "none" : "`" + service.deadLetterPrefix() + "*`").append(" | ")
                    .append(codes(service.reads())).append(" | ")
                    .append(codes(service.groups())).append(" |\n");
        }
        return table.toString();
    }

    private static String codes(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream().map(name -> "`" + name + "`").toList());
    }

    /**
     * Brings a broker in line with the matrix, as its super user: every topic of the matrix exists,
     * each principal has the SCRAM-SHA-512 password given, has the ACLs of the matrix and no others.
     */
    public static void apply(Admin admin, List<ServiceAccess> services, Map<String, String> passwords)
            throws ExecutionException, InterruptedException {
        Map<String, Map<String, String>> topics = topicConfigs(services);
        for (Map.Entry<String, Map<String, String>> topic : topics.entrySet()) {
            try {
                admin.createTopics(List.of(new NewTopic(topic.getKey(), Optional.empty(), Optional.empty())
                        .configs(topic.getValue()))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        // A topic made before its setting was (or by hand) is brought in line too; setting a value
        // it already has changes nothing.
        Map<ConfigResource, Collection<AlterConfigOp>> settings = new HashMap<>();
        topics.forEach((topic, config) -> {
            if (!config.isEmpty()) {
                settings.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), config.entrySet().stream()
                        .map(entry -> new AlterConfigOp(new ConfigEntry(entry.getKey(), entry.getValue()), AlterConfigOp.OpType.SET))
                        .toList());
            }
        });
        if (!settings.isEmpty()) {
            admin.incrementalAlterConfigs(settings).all().get();
        }
        List<org.apache.kafka.clients.admin.UserScramCredentialAlteration> credentials = new ArrayList<>();
        passwords.forEach((principal, password) -> credentials.add(new UserScramCredentialUpsertion(principal,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)));
        if (!credentials.isEmpty()) {
            admin.alterUserScramCredentials(credentials).all().get();
        }
        Set<AclBinding> wanted = new HashSet<>();
        Set<String> principals = new HashSet<>();
        for (ServiceAccess service : services) {
            wanted.addAll(service.bindings());
            principals.add("User:" + service.principal());
        }
        List<AclBindingFilter> stale = new ArrayList<>();
        for (AclBinding existing : admin.describeAcls(AclBindingFilter.ANY).values().get()) {
            if (principals.contains(existing.entry().principal()) && !wanted.contains(existing)) {
                stale.add(existing.toFilter());
            }
        }
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale).all().get();
        }
        admin.createAcls(wanted).all().get();
    }

    /** Every topic of the matrix with the settings it has beyond the broker's defaults. */
    static Map<String, Map<String, String>> topicConfigs(List<ServiceAccess> services) {
        Map<String, Map<String, String>> topics = new TreeMap<>();
        for (ServiceAccess service : services) {
            Stream.concat(service.writes().stream(), service.reads().stream())
                    .forEach(topic -> topics.putIfAbsent(topic, Map.of()));
            service.deadLetterTopics().forEach(topic -> topics.put(topic,
                    Map.of(TopicConfig.RETENTION_MS_CONFIG, DEAD_LETTER_RETENTION_MS)));
        }
        topics.computeIfPresent(COMPACTED_TOPIC, (topic, config) -> Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        return topics;
    }

    /** The client settings of one principal over SASL/SCRAM-SHA-512, on the module tests' broker (no TLS). */
    public static Map<String, Object> clientConfig(String bootstrapServers, String principal, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", jaasConfig(principal, password));
        return config;
    }

    public static String jaasConfig(String principal, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + principal
                + "\" password=\"" + password + "\";";
    }

    /**
     * For the launcher: {@code principals SERVICES_DIR} lists the principals; {@code table SERVICES_DIR}
     * prints the matrix; {@code apply SERVICES_DIR BOOTSTRAP CREDENTIALS_DIR [CA_PEM]} applies it as the
     * admin (password in CREDENTIALS_DIR/admin, each service's in CREDENTIALS_DIR/&lt;principal&gt;),
     * over TLS trusting CA_PEM when given.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: KafkaAccess principals|table SERVICES_DIR | apply SERVICES_DIR BOOTSTRAP CREDENTIALS_DIR [CA_PEM]");
        }
        List<ServiceAccess> services = derive(Path.of(args[1]));
        switch (args[0]) {
            case "principals" -> services.forEach(service -> System.out.println(service.principal()));
            case "table" -> System.out.print(table(services));
            case "apply" -> {
                Path credentials = Path.of(args[3]);
                Map<String, String> passwords = new HashMap<>();
                for (ServiceAccess service : services) {
                    passwords.put(service.principal(), Files.readString(credentials.resolve(service.principal())).strip());
                }
                Map<String, Object> config = clientConfig(args[2], ADMIN, Files.readString(credentials.resolve(ADMIN)).strip());
                if (args.length > 4) { // the launcher's broker: over TLS, trusting its certificate (a PEM file)
                    config.put("security.protocol", "SASL_SSL");
                    config.put("ssl.truststore.type", "PEM");
                    config.put("ssl.truststore.location", args[4]);
                }
                try (Admin admin = Admin.create(config)) {
                    apply(admin, services, passwords);
                }
                System.out.println("Kafka ACLs applied for " + passwords.keySet().stream().sorted().toList());
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }
}
