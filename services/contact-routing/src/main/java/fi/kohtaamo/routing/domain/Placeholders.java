package fi.kohtaamo.routing.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a reply template: {@code {client_name}}, {@code {tracking_code}},
 * {@code {service}} and {@code {agent}}. A template naming any other is refused when saved, so that
 * a typo never reaches a client as a literal {@code {clent_name}}. Filling is one pass: a value
 * that itself looks like a placeholder (a client who calls themselves "{agent}") stays as written.
 */
public final class Placeholders {

    public static final String CLIENT_NAME = "client_name";
    public static final String TRACKING_CODE = "tracking_code";
    public static final String SERVICE = "service";
    public static final String AGENT = "agent";

    /** Every placeholder a template may name, in the order the API lists them. */
    public static final List<String> KNOWN = List.of(CLIENT_NAME, TRACKING_CODE, SERVICE, AGENT);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private Placeholders() {
    }

    /** The placeholders a text names that are not {@link #KNOWN}, each once, in order of appearance. */
    public static List<String> unknownIn(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return new ArrayList<>(unknown);
    }

    /** The text filled and the known placeholders it named that had no value (filled with nothing). */
    public record Filled(String text, List<String> missing) {
    }

    /** Fills the known placeholders with the values given; one without a value (absent, null or blank) becomes empty. */
    public static Filled fill(String text, Map<String, String> values) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = matcher.group();
            if (KNOWN.contains(name)) {
                String value = values.get(name);
                if (value == null || value.isBlank()) {
                    missing.add(name);
                    replacement = "";
                } else {
                    replacement = value;
                }
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return new Filled(filled.toString(), new ArrayList<>(missing));
    }
}
