package fi.kohtaamo.webchannel.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Segments steer channels (the strategy): a signed-in client's segments prefer some ways of
 * service (the registry's channel names, as in a client's own preferences), and a service's page
 * shows its channels of those kinds first, in the segments' order, marked as recommended; the
 * others follow in the catalogue's order. Without preferences nothing moves.
 */
final class ChannelSteering {

    /**
     * Which of the catalogue's (PTV's) channel types serve each preferred way of service. E-mail is
     * no PTV type: a channel that gives an e-mail address serves it.
     */
    private static final Map<String, Set<String>> TYPES = Map.of(
            "WEB", Set.of("ELECTRONIC", "WEB_PAGE"),
            "CHAT", Set.of("ELECTRONIC"),
            "PHONE", Set.of("PHONE"),
            "IN_PERSON", Set.of("SERVICE_LOCATION"),
            "LETTER", Set.of("PRINTABLE_FORM"));

    /** A channel in the order shown, and whether the client's segments recommend it. */
    record Steered<C>(C channel, boolean recommended) {
    }

    private ChannelSteering() {
    }

    /**
     * The channels with the preferred ones first. {@code type} gives a channel's catalogue type,
     * {@code hasEmail} whether it gives an e-mail address.
     */
    static <C> List<Steered<C>> order(List<C> channels, List<String> preferred, java.util.function.Function<C, String> type,
                                      Predicate<C> hasEmail) {
        List<Steered<C>> first = new ArrayList<>();
        List<C> rest = new ArrayList<>(channels);
        for (String way : preferred == null ? List.<String>of() : preferred) {
            Set<String> types = TYPES.getOrDefault(way, Set.of());
            Predicate<C> serves = "EMAIL".equals(way) ? hasEmail : c -> types.contains(type.apply(c));
            for (C channel : List.copyOf(rest)) {
                if (serves.test(channel)) {
                    first.add(new Steered<>(channel, true));
                    rest.remove(channel);
                }
            }
        }
        rest.forEach(channel -> first.add(new Steered<>(channel, false)));
        return first;
    }
}
