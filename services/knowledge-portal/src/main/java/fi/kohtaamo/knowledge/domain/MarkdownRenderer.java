package fi.kohtaamo.knowledge.domain;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import java.util.List;

/**
 * Markdown to safe HTML: CommonMark (with tables) renders, jsoup's allow-list cleaner removes
 * everything else (scripts, event handlers, javascript: links, inline styles), and the plain
 * text is kept for search.
 */
public final class MarkdownRenderer {

    /** The published form of a text: sanitised HTML and the plain text it shows. */
    public record Rendered(String html, String text) {
    }

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private MarkdownRenderer() {
    }

    public static Rendered render(String markdown) {
        String html = Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFELIST);
        return new Rendered(html, Jsoup.parse(html).text());
    }
}
