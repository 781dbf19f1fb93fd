package fi.kohtaamo.webchannel.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import fi.kohtaamo.webchannel.i18n.SiteMessages;
import io.quarkus.arc.Arc;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every page class needs and none of them owns: the answers every page can give (a
 * redirect, 404, 503, a page that is or is not cached), a message key's text in the page's
 * language, and the small readers of forms, ids and problem documents. One place, so that the
 * page classes only do their audience's work.
 */
public final class PageSupport {

    /** When something happened, as every staff page shows it: Finnish style, Helsinki time. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(ZoneId.of("Europe/Helsinki"));
    /** A day, as pages show it. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy").withZone(ZoneId.of("Europe/Helsinki"));

    private static final ObjectMapper PROBLEMS = new ObjectMapper();
    private static final String SITE = SiteMessages.class.getAnnotation(MessageBundle.class).value();
    /** One lookup template per bundle: its own message, else the site's, else the generic error. */
    private static final Map<String, Template> LOOKUPS = new ConcurrentHashMap<>();

    private PageSupport() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance message(PageContext page, String heading, String text);
    }

    /**
     * A 303 to a path of this site, kept relative: behind the gateway, an absolute URL made from
     * this service's own host would send the browser past the gateway and its session.
     */
    static Response redirect(String path) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", path).build();
    }

    /** A page that is not there, or not for this user: the same answer, 404. */
    static Response notFound(PageContext page, String language) {
        SiteMessages messages = MessageBundles.get(SiteMessages.class, Localized.Literal.of(language));
        return PageFrame.respond(Templates.message(page, messages.not_found_heading(), messages.error_not_found_page()),
                language, null, 404).build();
    }

    /** A signed-in user without the role the page needs: 403, said plainly in the page frame. */
    static Response forbidden(PageContext page, String language) {
        SiteMessages messages = MessageBundles.get(SiteMessages.class, Localized.Literal.of(language));
        return PageFrame.respond(Templates.message(page, messages.forbidden_heading(), messages.error_forbidden_page()),
                language, null, 403).build();
    }

    /** A service behind the page does not answer: 503, said plainly. */
    static Response unavailable(PageContext page, String language) {
        SiteMessages messages = MessageBundles.get(SiteMessages.class, Localized.Literal.of(language));
        return PageFrame.respond(Templates.message(page, messages.unavailable_heading(), messages.error_unavailable()),
                language, null, 503).build();
    }

    /** A public page in its language (an explicit choice remembered). */
    static Response page(TemplateInstance template, String language, String explicitLanguage, int status) {
        return PageFrame.respond(template, language, explicitLanguage, status).build();
    }

    /** Staff pages are never cached: they show contacts' details. */
    static Response staffPage(TemplateInstance template, String language, String explicit, int status) {
        return PageFrame.respond(template, language, explicit, status).header("Cache-Control", "no-store").build();
    }

    /**
     * Each field's message key as its text in the page's language. The key is looked up with
     * Qute's {@code message(key)} in the page's own bundle, then in the site's shared one; a key
     * neither has (a hand-made {@code ?notice=}) reads as the generic error.
     */
    static Map<String, String> texts(Class<?> bundle, Map<String, String> keys, String language) {
        Template lookup = LOOKUPS.computeIfAbsent(bundle.getAnnotation(MessageBundle.class).value(), namespace ->
                Arc.container().instance(Engine.class).get().parse("{" + namespace + ":message(key) ?: " + SITE
                        + ":message(key) ?: " + SITE + ":error_generic}"));
        Map<String, String> texts = new LinkedHashMap<>();
        keys.forEach((field, key) -> texts.put(field,
                lookup.data("key", key).setLocale(Locale.forLanguageTag(language)).render()));
        return texts;
    }

    /** One message key's text in the page's language (a notice after a redirect), or null for none. */
    static String text(Class<?> bundle, String key, String language) {
        return key == null ? null : texts(bundle, Map.of("text", key), language).get("text");
    }

    /** A posted form's first value of each field, stripped, without the CSRF token: what the page shows again. */
    static Map<String, String> formValues(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((key, list) -> {
            if (!list.isEmpty() && !key.equals("csrf-token")) {
                values.put(key, list.get(0).strip());
            }
        });
        return values;
    }

    /** "a, b, a" as [a, b]: a comma-separated field's values, stripped, without blanks or repeats. */
    static List<String> commaList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** A text in the page's language, else in Finnish, else the fallback. */
    static String localized(Map<String, String> texts, String language, String fallback) {
        if (texts == null) {
            return fallback;
        }
        String text = texts.get(language);
        return text != null ? text : texts.getOrDefault("fi", fallback);
    }

    /** The problem document (RFC 9457) a service refused with; an empty node when the body is not one. */
    static JsonNode problem(WebApplicationException e) {
        try {
            return PROBLEMS.readTree(e.getResponse().readEntity(String.class));
        } catch (RuntimeException | IOException ignored) {
            return MissingNode.getInstance();
        }
    }

    /** A path's id, or null when it is not one (the page then answers 404). */
    static UUID uuidOrNull(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A field's stripped value, or null when nothing was written. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
