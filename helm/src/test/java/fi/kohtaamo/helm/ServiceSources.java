package fi.kohtaamo.helm;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's own sources say it needs, read from the repository so that the chart is checked
 * against the services rather than against a second list that could drift: the Kafka topics it
 * writes and reads, its consumer groups, its extensions.
 */
final class ServiceSources {

    static final Path SERVICES = Path.of("../services");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("^mp\\.messaging\\.incoming\\.([^.]+)\\.topic$");

    private final String service;
    private final Properties properties = new Properties();

    ServiceSources(String service) {
        this.service = service;
        try (Reader reader = Files.newBufferedReader(SERVICES.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return service;
    }

    /** The production value of a property (profile-less), or null. */
    String property(String key) {
        String value = properties.getProperty(key);
        return value == null ? null : value.strip();
    }

    /** The production properties: every key without a %profile prefix. */
    Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(key -> !key.startsWith("%")).forEach(keys::add);
        return keys;
    }

    /** The topic its outbox relay writes (kohtaamo.outbox.topic), or null. */
    String writes() {
        return property("kohtaamo.outbox.topic");
    }

    /** The topics its consumers read (mp.messaging.incoming.*.topic). */
    Set<String> reads() {
        Set<String> topics = new TreeSet<>();
        for (String key : keys()) {
            if (INCOMING_TOPIC.matcher(key).matches()) {
                topics.add(property(key));
            }
        }
        return topics;
    }

    /** The topics its consumers park failed events on (dead-letter-queue.topic of any channel). */
    Set<String> deadLetterTopics() {
        Set<String> topics = new TreeSet<>();
        keys().stream().filter(key -> key.startsWith("mp.messaging.") && key.endsWith(".dead-letter-queue.topic"))
                .forEach(key -> topics.add(property(key)));
        return topics;
    }

    /** Its consumer groups: each channel's group.id, else Quarkus's default, the application's name. */
    Set<String> consumerGroups() {
        Set<String> groups = new TreeSet<>();
        for (String key : keys()) {
            Matcher matcher = INCOMING_TOPIC.matcher(key);
            if (matcher.matches()) {
                String group = property("mp.messaging.incoming." + matcher.group(1) + ".group.id");
                groups.add(group != null ? group : property("quarkus.application.name"));
            }
        }
        return groups;
    }

    boolean usesKafka() {
        return writes() != null || !reads().isEmpty();
    }

    boolean usesDatabase() {
        return property("quarkus.datasource.jdbc.url") != null;
    }

    boolean hasExtension(String artifactId) {
        try {
            return Files.readString(SERVICES.resolve(service).resolve("pom.xml")).contains("<artifactId>" + artifactId + "</artifactId>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment variable Quarkus reads for a property: upper case, every other character an underscore. */
    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
