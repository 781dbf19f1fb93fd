package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.i18n.SetupMessages;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;

/**
 * What the supervisor's set-up pages (queues, calendars, service-level policies, agents) do alike
 * with contact routing's answers: a change names the version the page showed (If-Match); a stale
 * version shows the current values with a notice; a refusal is shown beside the field routing
 * names; another organisation's object, or one routing will not show, is the platform's 404.
 */
public final class SetupSupport {

    private static final Logger LOG = Logger.getLogger(SetupSupport.class);

    private SetupSupport() {
    }

    /** A choice of a select or a checkbox list. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A posted field's first value, stripped; "" when absent. */
    static String single(MultivaluedMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value.strip();
    }

    /** The version a form carried, as routing's If-Match, or null when it is no version. */
    static String ifMatch(String version) {
        return version != null && version.matches("\\d{1,9}") ? "\"" + version + "\"" : null;
    }

    /** A value a person typed that no field of ours takes: a NUL, or past the length. */
    static boolean unfit(String value, int max) {
        return value.length() > max || value.indexOf('\0') >= 0;
    }

    /** The field a refusal from routing names ({@code violations[0].field}), or "". */
    static String refusedField(WebApplicationException e) {
        return problem(e).path("violations").path(0).path("field").asText("");
    }

    /**
     * A change routing answered with a refusal, shown as the page it came from: 412 the current values
     * (from {@code current}) with the stale notice; 400 the input with the error beside the field
     * {@code fieldOf} maps routing's field to; 409 beside {@code conflictField}; 403 and 404 the 404 page.
     */
    static Response refused(WebApplicationException e, Refusal page) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 412 -> page.current().get();
            case 400 -> page.input().apply(Map.of(page.fieldOf().apply(refusedField(e)), "error_setup_refused"));
            case 409 -> page.input().apply(Map.of(page.conflictField(), "error_setup_taken"));
            default -> page.missing().get();
        };
    }

    /** How one page shows each kind of refusal; see {@link #refused}. */
    record Refusal(Supplier<Response> current, Function<Map<String, String>, Response> input,
                   Function<String, String> fieldOf, String conflictField, Supplier<Response> missing) {
    }

    /** Routing's 404 or 403 (another organisation's, or not the caller's to change) as the platform's 404 page. */
    static Response missingOrUnavailable(WebApplicationException e, PageFrame frame, String language, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return status == 404 || status == 403 ? notFound(frame.context(language, uri), language)
                : unavailable(e, frame, language, uri);
    }

    static Response unavailable(RuntimeException e, PageFrame frame, String language, UriInfo uri) {
        LOG.warnf("contact routing: %s", e instanceof WebApplicationException w ? "answered " + w.getResponse().getStatus()
                : e instanceof ProcessingException ? "unreachable" : e.getClass().getSimpleName());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }

    /** A notice key after a redirect, as text, when it is one of the page's own. */
    static String notice(String notice, String pattern, String language) {
        return notice != null && notice.matches(pattern) ? PageSupport.text(SetupMessages.class, "notice_" + notice, language) : null;
    }

    /** A queue's name in the language, else its code. */
    static String queueName(fi.kohtaamo.webchannel.client.SetupClient.Queue queue, String language) {
        if (queue.name() == null) {
            return queue.code();
        }
        String name = switch (language) {
            case "sv" -> queue.name().sv();
            case "en" -> queue.name().en();
            default -> queue.name().fi();
        };
        return name == null || name.isBlank() ? queue.code() : name;
    }
}
