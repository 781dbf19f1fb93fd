package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.KnowledgeClient;
import fi.kohtaamo.webchannel.client.ReplyTemplateClient;
import fi.kohtaamo.webchannel.client.WorkClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What helps an agent write a good reply on a contact's page, without JavaScript: the
 * organisation's reply templates filled for the contact (contact routing), and the knowledge
 * articles suggested for it, whose text or public link goes into the reply. Inserting posts the
 * reply typed so far (never in a URL: it may hold personal data) and shows the page again with the
 * text added at its end. Only a public article goes into a reply: an internal one is for staff.
 */
@ApplicationScoped
public class ReplyAids {

    /** Articles shown for a contact. */
    static final int SHOWN = 5;
    /** Candidates asked of each search, so that ranking has more than it shows to choose from. */
    static final int CANDIDATES = 10;
    static final int MAX_REPLY = 10000;
    private static final Logger LOG = Logger.getLogger(ReplyAids.class);

    private final ReplyTemplateClient templates;
    private final KnowledgeClient knowledge;
    private final String publicUrl;

    public ReplyAids(@RestClient ReplyTemplateClient templates, @RestClient KnowledgeClient knowledge,
                     @ConfigProperty(name = "kohtaamo.web.public-url") String publicUrl) {
        this.templates = templates;
        this.knowledge = knowledge;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public record TemplateOption(String id, String name) {
    }

    /** The reply form's aids: the templates to choose from, the one chosen, the placeholders a filled one left empty (or null). */
    public record View(List<TemplateOption> templates, String chosen, String missing) {
    }

    /** An insert's outcome: the reply's text now, or an error key for {@code field} with the text as it was. */
    public record Inserted(String text, String field, String error, String chosen, List<String> missing) {
        static final Inserted NONE = new Inserted(null, null, null, null, List.of());
    }

    /** The organisation's templates for the reply form; none when routing does not answer (the reply still works). */
    public View view(Inserted inserted) {
        List<TemplateOption> options;
        try {
            options = templates.list().stream().map(t -> new TemplateOption(t.id().toString(), t.name())).toList();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.debugf("no reply templates: %s", e.getMessage());
            options = List.of();
        }
        String missing = inserted.missing().isEmpty() ? null
                : String.join(", ", inserted.missing().stream().map(name -> "{" + name + "}").toList());
        return new View(options, inserted.chosen(), missing);
    }

    /**
     * Articles for the contact, in its language (the reply's): those of its service that match all
     * of its first words, then those matching any of its words (the service's first, as the
     * knowledge portal orders them); none when search does not answer.
     */
    public List<WorkPages.SuggestionView> suggestions(WorkClient.StaffContact contact) {
        List<String> words = contact.description() == null ? List.of()
                : Arrays.stream(contact.description().strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        String language = contact.language();
        List<KnowledgeClient.Hit> ofService = List.of();
        List<KnowledgeClient.Hit> byWords = List.of();
        try {
            if (contact.serviceId() != null) {
                String query = String.join(" ", words.subList(0, Math.min(8, words.size())));
                ofService = knowledge.search(query.length() > 200 ? query.substring(0, 200) : query, language,
                        contact.serviceId(), CANDIDATES).results();
            }
        } catch (WebApplicationException | ProcessingException e) {
            LOG.debugf("no articles of the service: %s", e.getMessage());
        }
        try {
            // A query string is logged and traced along the way: only the opening words, as the
            // service search above, never the whole matter (it may name people).
            String text = String.join(" ", words.subList(0, Math.min(12, words.size())));
            byWords = knowledge.suggestions(text.length() > 200 ? text.substring(0, 200) : text, language,
                    contact.serviceId(), CANDIDATES);
        } catch (WebApplicationException | ProcessingException e) {
            LOG.debugf("no articles by words: %s", e.getMessage());
        }
        return rank(ofService, byWords, SHOWN).stream().map(hit -> new WorkPages.SuggestionView(hit.articleId().toString(),
                hit.language(), hit.title(), "PUBLIC".equals(hit.audience()))).toList();
    }

    /** The service's matches first, then the others, each in its search's order; every article once, at most {@code limit}. */
    static List<KnowledgeClient.Hit> rank(List<KnowledgeClient.Hit> ofService, List<KnowledgeClient.Hit> byWords, int limit) {
        Map<UUID, KnowledgeClient.Hit> ranked = new LinkedHashMap<>();
        for (List<KnowledgeClient.Hit> hits : List.of(ofService, byWords)) {
            for (KnowledgeClient.Hit hit : hits) {
                if (ranked.size() < limit && hit.articleId() != null) {
                    ranked.putIfAbsent(hit.articleId(), hit);
                }
            }
        }
        return new ArrayList<>(ranked.values());
    }

    /**
     * Inserts what the agent chose ({@code insert}: {@code template} with the form's {@code template},
     * {@code text:<article>} or {@code link:<article>}) at the end of the reply typed so far ({@code text}).
     */
    public Inserted insert(WorkClient.StaffContact contact, MultivaluedMap<String, String> form) {
        String draft = form.getFirst("text") == null ? "" : form.getFirst("text");
        String insert = form.getFirst("insert") == null ? "" : form.getFirst("insert");
        String chosen = form.getFirst("template");
        try {
            if (insert.equals("template")) {
                UUID template = PageSupport.uuidOrNull(chosen);
                if (template == null) {
                    return new Inserted(draft, "reply-template", "error_reply_aid_template", null, List.of());
                }
                ReplyTemplateClient.Rendered rendered = templates.render(contact.id(), template);
                return appended(draft, rendered.text(), chosen, rendered.missing() == null ? List.of() : rendered.missing());
            }
            String[] parts = insert.split(":", 2);
            UUID article = parts.length == 2 ? PageSupport.uuidOrNull(parts[1]) : null;
            WorkPages.SuggestionView suggested = article == null ? null : suggestions(contact).stream()
                    .filter(s -> s.insertable() && s.id().equals(article.toString())).findFirst().orElse(null);
            if (suggested == null || !List.of("text", "link").contains(parts[0])) {
                return new Inserted(draft, "reply-text", "error_reply_aid_unavailable", chosen, List.of());
            }
            String addition = parts[0].equals("link") ? link(article, suggested.language())
                    : plainText(knowledge.text(article, suggested.language()).html());
            return appended(draft, addition, chosen, List.of());
        } catch (WebApplicationException | ProcessingException e) {
            LOG.debugf("nothing inserted: %s", e.getMessage());
            return new Inserted(draft, insert.equals("template") ? "reply-template" : "reply-text",
                    "error_reply_aid_unavailable", chosen, List.of());
        }
    }

    /** The article's public page, as a client opens it. */
    String link(UUID article, String language) {
        return publicUrl + "/articles/" + article + "?lang=" + language;
    }

    private static Inserted appended(String draft, String addition, String chosen, List<String> missing) {
        String kept = draft.stripTrailing();
        String text = kept.isEmpty() ? addition : kept + "\n\n" + addition;
        if (text.length() > MAX_REPLY) {
            return new Inserted(draft, "reply-text", "error_reply_aid_too_long", chosen, List.of());
        }
        return new Inserted(text, null, null, chosen, missing);
    }

    /**
     * The sanitised HTML of an article as the plain text of a reply: paragraphs and headings apart by
     * a blank line, list items on lines of their own with a dash, a link's address after its text
     * when it differs, entities decoded.
     */
    static String plainText(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        document.select("script, style, template").remove(); // sanitised already; never text of a reply anyway
        // HTML's own line breaks are spaces; the lines come from its blocks and <br> (wholeText) below; pre keeps its own.
        document.body().traverse((node, depth) -> {
            if (node instanceof TextNode text && text.parent() instanceof Element parent && parent.closest("pre") == null) {
                text.text(text.getWholeText().replaceAll("\\s+", " "));
            }
        });
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            if (!href.isBlank() && !href.equals(link.text())) {
                link.appendText(" (" + href + ")");
            }
        }
        document.select("li").forEach(li -> li.prependText("- ").after("\n"));
        document.select("p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, pre, table, tr").forEach(block -> block.after("\n\n"));
        document.outputSettings().prettyPrint(false);
        String text = document.body().wholeText();
        return text.replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
