package fi.kohtaamo.routing.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * HTML mail made safe as the knowledge portal makes articles safe: jsoup's allow-list cleaner
 * with the relaxed list (scripts, event handlers, styles, forms and javascript: links go),
 * links marked nofollow. Images go too: a remote image in a staff member's browser would tell
 * the sender when the message was read, and inline images are attachments (a later part).
 */
public final class MailHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private MailHtml() {
    }

    public static String sanitise(String html) {
        return Jsoup.clean(html, SAFELIST);
    }

    /** The text a sanitised HTML body shows, a line per paragraph, line break or list item. */
    public static String text(String sanitisedHtml) {
        Document document = Jsoup.parseBodyFragment(sanitisedHtml);
        document.outputSettings().prettyPrint(false);
        document.select("br").after("\\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote").before("\\n");
        return document.text().replace("\\n", "\n").lines().map(String::strip)
                .reduce((a, b) -> a + "\n" + b).orElse("").replaceAll("\n{3,}", "\n\n").strip();
    }
}
