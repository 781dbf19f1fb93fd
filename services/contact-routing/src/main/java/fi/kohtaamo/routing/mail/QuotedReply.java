package fi.kohtaamo.routing.mail;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The new part of a reply: mail programs quote the message answered below the answer ("> "
 * lines after an "On … wrote:" line, or an "-----Original Message-----" block). The quoted part
 * is Kohtaamo's own notice, so the client's message is what comes before it.
 */
public final class QuotedReply {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^.{0,300}\\b(wrote|kirjoitti|skrev|schrieb)\\b.{0,200}:\\s*$");
    private static final List<Pattern> SEPARATORS = List.of(
            Pattern.compile("(?i)^-{2,}\\s*(original message|alkuperäinen viesti|ursprungligt meddelande)\\s*-{2,}\\s*$"),
            Pattern.compile("(?i)^_{10,}\\s*$")); // Outlook's line above the quoted headers

    private QuotedReply() {
    }

    /** The text above the quotation; the whole text when nothing is quoted or nothing precedes the quote. */
    public static String newPart(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean quoteStarts = line.startsWith(">") && restQuoted(lines, i);
            boolean separator = SEPARATORS.stream().anyMatch(pattern -> pattern.matcher(line).matches());
            boolean attribution = ATTRIBUTION.matcher(line).matches() && i + 1 < lines.size()
                    && nextNonBlank(lines, i + 1).startsWith(">");
            if (quoteStarts || separator || attribution) {
                String before = String.join("\n", lines.subList(0, i)).strip();
                return before.isEmpty() ? text.strip() : before;
            }
        }
        return text.strip();
    }

    private static boolean restQuoted(List<String> lines, int from) {
        return lines.subList(from, lines.size()).stream().map(String::strip)
                .allMatch(line -> line.isEmpty() || line.startsWith(">"));
    }

    private static String nextNonBlank(List<String> lines, int from) {
        return lines.subList(from, lines.size()).stream().map(String::strip).filter(line -> !line.isEmpty())
                .findFirst().orElse("");
    }
}
