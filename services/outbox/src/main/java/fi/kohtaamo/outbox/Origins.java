package fi.kohtaamo.outbox;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Only the owner speaks: an event is believed only when it arrives on the topic its type belongs
 * to and names a source that owns the type. The topic is the stronger proof (with Kafka ACLs only
 * the owner can write it); the source catches a producer that emits another's types on its own
 * topic. A type nobody declared is refused too: a consumer states everything it reads.
 */
public final class Origins {

    private final List<Map.Entry<String, InboxConfig.Origin>> byLongestPrefix;

    public Origins(Map<String, ? extends InboxConfig.Origin> origins) {
        origins.forEach((prefix, origin) -> {
            if (origin.topic().size() > 1 && origin.topic().size() != origin.sources().size()) {
                throw new IllegalArgumentException("kohtaamo.inbox.origins.\"" + prefix
                        + "\": several topics pair with the sources in order, so give as many of each");
            }
        });
        this.byLongestPrefix = origins.entrySet().stream()
                .<Map.Entry<String, InboxConfig.Origin>>map(e -> Map.entry(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Map.Entry<String, InboxConfig.Origin> e) -> e.getKey().length()).reversed())
                .toList();
    }

    /** Why {@code event}, read from {@code topic}, is refused; empty when it is believed. */
    public Optional<String> refusal(String topic, CloudEvent event) {
        Optional<InboxConfig.Origin> origin = byLongestPrefix.stream()
                .filter(e -> event.type().startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
        if (origin.isEmpty()) {
            return Optional.of("type " + event.type() + " is not one this consumer reads");
        }
        List<String> topics = origin.get().topic();
        List<String> sources = origin.get().sources();
        if (!topics.contains(topic)) {
            return Optional.of("type " + event.type() + " read from topic " + topic + ", not from its owner's topic "
                    + String.join(" or ", topics));
        }
        if (!sources.contains(event.source())) {
            return Optional.of("type " + event.type() + " from source " + event.source() + ", not from "
                    + String.join(" or ", sources));
        }
        // Several topics pair with the sources in order: each service answers on its own topic only,
        // so one cannot pass an event off as another's by naming the other's source on its own topic.
        if (topics.size() > 1 && !topics.get(sources.indexOf(event.source())).equals(topic)) {
            return Optional.of("type " + event.type() + " from source " + event.source() + " read from topic " + topic
                    + ", not from that source's topic " + topics.get(sources.indexOf(event.source())));
        }
        return Optional.empty();
    }
}
