package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.WebhookClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.WebhookMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;
import static fi.kohtaamo.webchannel.page.SetupSupport.ifMatch;
import static fi.kohtaamo.webchannel.page.SetupSupport.refusedField;
import static fi.kohtaamo.webchannel.page.SetupSupport.single;
import static fi.kohtaamo.webchannel.page.SetupSupport.unfit;

/**
 * The organisation's webhooks (issue 26), for its administrators (catalogue-admin, the guard's
 * {@code /catalogue} section): the subscriptions, a form to make one, and each one's page to change it
 * (the version read as If-Match), turn it off or on, rotate its secret, delete it after a confirmation
 * page, send a test event, and read its delivery log with every attempt, each delivery with a button to
 * send it again. A secret is shown once, in the answer to the POST that made it, never in a URL.
 * The webhooks service decides who may and which organisation's subscriptions there are: another
 * organisation's is its 404, and the page's.
 */
@Path("/catalogue/webhooks")
@Produces(MediaType.TEXT_HTML)
public class WebhookPages {

    private static final Logger LOG = Logger.getLogger(WebhookPages.class);
    static final List<String> STATUSES = List.of("PENDING", "DELIVERED", "PARKED");
    /** The webhooks service's limits (SubscriptionRequest). */
    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 200;
    /** How many deliveries the log shows. */
    static final int LOG_SIZE = 100;
    /** An attempt's time to the second: attempts can follow each other closely. */
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Helsinki"));

    private final WebhookClient webhooks;
    private final PageFrame frame;

    public WebhookPages(@RestClient WebhookClient webhooks, PageFrame frame) {
        this.webhooks = webhooks;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subscriptions(PageContext page, List<Row> rows, String notice);

        static native TemplateInstance subscription(PageContext page, Current current, Map<String, String> form,
                                                    List<String> eventTypes, List<String> chosen, Map<String, String> errors,
                                                    List<DeliveryRow> deliveries, List<SetupSupport.Option> statuses,
                                                    String notice);

        static native TemplateInstance secret(PageContext page, String id, String url, String secret, String previousUntil,
                                              boolean created);

        static native TemplateInstance delete(PageContext page, Current current);
    }

    /** A subscription as listed. */
    public record Row(String id, String url, String description, List<String> eventTypes, boolean active, String endedReason) {
    }

    /** The subscription a page shows (null on the new one's form). */
    public record Current(String id, String url, String description, List<String> eventTypes, boolean active,
                          String endedReason, String previousUntil, int version) {
        static Current of(WebhookClient.Subscription s) {
            return new Current(s.id().toString(), s.url(), s.description(), s.eventTypes(), s.active(), s.endedReason(),
                    s.previousSecretUntil() == null ? null : WHEN.format(s.previousSecretUntil()), s.version());
        }
    }

    /** A delivery in the log, with each attempt. */
    public record DeliveryRow(String id, String eventId, String eventType, String status, int attempts, String lastStatusCode,
                              String lastError, String created, String settled, List<AttemptRow> attemptLog) {
    }

    public record AttemptRow(String at, String statusCode, long durationMs, String error) {
    }

    @GET
    public Response list(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return guarded(language, uri, () -> {
            List<Row> rows = webhooks.subscriptions().stream().map(s -> new Row(s.id().toString(), s.url(), s.description(),
                    s.eventTypes(), s.active(), s.endedReason())).toList();
            return staffPage(Templates.subscriptions(frame.context(language, uri), rows, notice(notice, language)),
                    language, lang, 200);
        });
    }

    @GET
    @Path("/new")
    public Response newSubscription(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                                    @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return form(null, Map.of("active", "on"), List.of(), Map.of(), language, lang, uri, 200);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        return guarded(language, uri, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            WebhookClient.Draft draft = read(form, webhooks.eventTypes(), errors);
            if (!errors.isEmpty()) {
                return form(null, PageSupport.formValues(form), chosen(form), errors, language, null, uri, 400);
            }
            try {
                return secretPage(webhooks.create(draft), true, language, uri);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 400) {
                    return form(null, PageSupport.formValues(form), chosen(form), refusal(e), language, null, uri, 400);
                }
                throw e;
            }
        });
    }

    @GET
    @Path("/{id}")
    public Response subscription(@PathParam("id") String id, @QueryParam("status") String status,
                                 @QueryParam("notice") String notice, @QueryParam("lang") String lang,
                                 @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                                 @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        UUID subscriptionId = uuidOrNull(id);
        if (subscriptionId == null) {
            return notFound(frame.context(language, uri), language);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String filter = status == null || status.isBlank() ? null : status.strip();
        if (filter != null && !STATUSES.contains(filter)) {
            errors.put("status", "hook_error_status");
            filter = null;
        }
        return current(subscriptionId, filter, errors, notice(notice, language), language, lang, uri, errors.isEmpty() ? 200 : 400);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        return change(id, form, language, uri, (subscriptionId, version) -> {
            Map<String, String> errors = new LinkedHashMap<>();
            WebhookClient.Draft draft = read(form, webhooks.eventTypes(), errors);
            if (!errors.isEmpty()) {
                return edited(subscriptionId, form, errors, language, uri);
            }
            try {
                webhooks.update(subscriptionId, draft, version);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 400) {
                    return edited(subscriptionId, form, refusal(e), language, uri);
                }
                throw e;
            }
            return redirect("/catalogue/webhooks/" + subscriptionId + "?notice=hook_saved");
        });
    }

    /** Turns the subscription off or on ({@code active} true or false), keeping what else it has, at the version shown. */
    @POST
    @Path("/{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response turn(@PathParam("id") String id, MultivaluedMap<String, String> form,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String active = single(form, "active");
        return change(id, active.matches("true|false") ? form : null, Language.resolve(null, remembered, accept), uri,
                (subscriptionId, version) -> {
                    WebhookClient.Subscription now = webhooks.subscription(subscriptionId);
                    boolean on = Boolean.parseBoolean(active);
                    webhooks.update(subscriptionId, new WebhookClient.Draft(now.url(), now.description(), now.eventTypes(), on), version);
                    return redirect("/catalogue/webhooks/" + subscriptionId + "?notice=" + (on ? "hook_turned_on" : "hook_turned_off"));
                });
    }

    /** A new secret, shown in this answer once; the previous one signs beside it for the overlap. */
    @POST
    @Path("/{id}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotate(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        return change(id, form, language, uri,
                (subscriptionId, version) -> secretPage(webhooks.rotateSecret(subscriptionId, version), false, language, uri));
    }

    /** The confirmation step before a deletion (no script): what goes, and the button that deletes. */
    @GET
    @Path("/{id}/delete")
    public Response confirmDelete(@PathParam("id") String id, @QueryParam("lang") String lang,
                                  @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                                  @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return call(id, language, uri, subscriptionId -> staffPage(Templates.delete(frame.context(language, uri),
                Current.of(webhooks.subscription(subscriptionId))), language, lang, 200));
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        return change(id, form, Language.resolve(null, remembered, accept), uri, (subscriptionId, version) -> {
            webhooks.delete(subscriptionId, version);
            return redirect("/catalogue/webhooks?notice=hook_deleted");
        });
    }

    @POST
    @Path("/{id}/test-event")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendTest(@PathParam("id") String id, @CookieParam(Language.COOKIE) String remembered,
                             @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        return call(id, Language.resolve(null, remembered, accept), uri, subscriptionId -> {
            webhooks.sendTest(subscriptionId);
            return redirect("/catalogue/webhooks/" + subscriptionId + "?notice=hook_test_sent");
        });
    }

    /** Sends a delivery again: the same event id (the receiver's idempotency key), a new retry window. */
    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId,
                              @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                              @Context UriInfo uri) {
        UUID delivery = uuidOrNull(deliveryId);
        return call(delivery == null ? null : id, Language.resolve(null, remembered, accept), uri, subscriptionId -> {
            webhooks.redeliver(subscriptionId, delivery);
            return redirect("/catalogue/webhooks/" + subscriptionId + "?notice=hook_redelivered");
        });
    }

    /**
     * The form's subscription as the service takes it, each refusal into {@code errors} by field: the
     * address (an absolute http or https one, at most 2,000 characters; whether the service will send to
     * it is its decision), the description (at most 200), the event types (at least one, each known).
     */
    static WebhookClient.Draft read(MultivaluedMap<String, String> form, List<String> known, Map<String, String> errors) {
        String url = single(form, "url");
        if (url.isEmpty()) {
            errors.put("url", "hook_error_url_missing");
        } else if (unfit(url, MAX_URL)) {
            errors.put("url", "hook_error_url_long");
        } else if (!httpAddress(url)) {
            errors.put("url", "hook_error_url_invalid");
        }
        String description = single(form, "description");
        if (unfit(description, MAX_DESCRIPTION)) {
            errors.put("description", "hook_error_description");
        }
        List<String> types = chosen(form);
        if (types.isEmpty()) {
            errors.put("eventTypes", "hook_error_event_types_none");
        } else if (!known.containsAll(types)) {
            errors.put("eventTypes", "hook_error_event_types_unknown");
        }
        return new WebhookClient.Draft(url, description.isEmpty() ? null : description, types, "on".equals(single(form, "active")));
    }

    private static boolean httpAddress(String url) {
        try {
            URI address = new URI(url);
            return ("https".equalsIgnoreCase(address.getScheme()) || "http".equalsIgnoreCase(address.getScheme()))
                    && address.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<String> chosen(MultivaluedMap<String, String> form) {
        List<String> types = form.get("eventType");
        return types == null ? List.of() : types.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** The service's 400 beside the field it names ({@code eventTypes[1]} → the event types). */
    private static Map<String, String> refusal(WebApplicationException e) {
        String field = refusedField(e);
        if (field.startsWith("eventTypes")) {
            return Map.of("eventTypes", "hook_error_event_types_unknown");
        }
        return switch (field) {
            case "url" -> Map.of("url", "hook_error_url_refused");
            case "description" -> Map.of("description", "hook_error_description");
            default -> Map.of("form", "error_generic");
        };
    }

    private Response secretPage(WebhookClient.WithSecret made, boolean created, String language, UriInfo uri) {
        WebhookClient.Subscription s = made.subscription();
        return staffPage(Templates.secret(frame.context(language, uri), s.id().toString(), s.url(), made.secret(),
                s.previousSecretUntil() == null ? null : WHEN.format(s.previousSecretUntil()), created), language, null, 200);
    }

    /** The new subscription's form (the event types from the service). */
    private Response form(Current current, Map<String, String> form, List<String> chosen, Map<String, String> errors,
                          String language, String explicit, UriInfo uri, int status) {
        return guarded(language, uri, () -> staffPage(Templates.subscription(frame.context(language, uri), current, form,
                webhooks.eventTypes(), chosen, texts(WebhookMessages.class, errors, language), List.of(), List.of(), null),
                language, explicit, status));
    }

    /** An existing subscription's page with the values posted and their errors. */
    private Response edited(UUID id, MultivaluedMap<String, String> posted, Map<String, String> errors, String language, UriInfo uri) {
        return render(id, null, PageSupport.formValues(posted), chosen(posted), errors, null, language, null, uri, 400);
    }

    /** Changed meanwhile: the subscription as it is now, with the notice, 409. */
    private Response conflict(UUID id, String language, UriInfo uri) {
        return current(id, null, Map.of("form", "hook_error_conflict"), null, language, null, uri, 409);
    }

    /** A call about the subscription in the path: an id that is none, or the service's 403 or 404, is the 404 page. */
    private Response call(String id, String language, UriInfo uri, Function<UUID, Response> work) {
        UUID subscriptionId = uuidOrNull(id);
        return subscriptionId == null ? notFound(frame.context(language, uri), language)
                : guarded(language, uri, () -> work.apply(subscriptionId));
    }

    /** The page {@code work} makes, or the service's 403 or 404 as the 404 page and its silence as the 503 page. */
    private Response guarded(String language, UriInfo uri, Supplier<Response> work) {
        try {
            return work.get();
        } catch (WebApplicationException e) {
            return missing(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /**
     * A change at the version the form carried (none, or a {@code null} form: the 404 page), sent as If-Match;
     * a stale one (412, or 428) shows the subscription as it is now with the notice.
     */
    private Response change(String id, MultivaluedMap<String, String> form, String language, UriInfo uri,
                            BiFunction<UUID, String, Response> work) {
        String version = form == null ? null : ifMatch(single(form, "version"));
        return call(version == null ? null : id, language, uri, subscriptionId -> {
            try {
                return work.apply(subscriptionId, version);
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                if (status == 412 || status == 428) {
                    return conflict(subscriptionId, language, uri);
                }
                throw e;
            }
        });
    }

    /** The subscription's page with its values as the service has them. */
    private Response current(UUID id, String filter, Map<String, String> errors, String notice, String language, String explicit,
                             UriInfo uri, int status) {
        return render(id, filter, null, null, errors, notice, language, explicit, uri, status);
    }

    /** The subscription's page: the form (as read, or {@code posted}), its actions and the delivery log. */
    private Response render(UUID id, String filter, Map<String, String> posted, List<String> chosen, Map<String, String> errors,
                            String notice, String language, String explicit, UriInfo uri, int status) {
        return guarded(language, uri, () -> {
            Current current = Current.of(webhooks.subscription(id));
            Map<String, String> form = posted;
            List<String> types = chosen;
            if (form == null) {
                form = new LinkedHashMap<>();
                form.put("url", current.url());
                form.put("description", current.description() == null ? "" : current.description());
                if (current.active()) {
                    form.put("active", "on");
                }
                form.put("version", String.valueOf(current.version()));
                types = current.eventTypes();
            }
            List<DeliveryRow> deliveries = webhooks.deliveries(id, filter, LOG_SIZE).stream().map(WebhookPages::row).toList();
            List<SetupSupport.Option> statuses = new ArrayList<>();
            statuses.add(new SetupSupport.Option("", "", filter == null));
            STATUSES.forEach(s -> statuses.add(new SetupSupport.Option(s, s, s.equals(filter))));
            return staffPage(Templates.subscription(frame.context(language, uri), current, form, webhooks.eventTypes(), types,
                    texts(WebhookMessages.class, errors, language), deliveries, statuses, notice), language, explicit, status);
        });
    }

    private static DeliveryRow row(WebhookClient.Delivery d) {
        Instant settled = d.deliveredAt() != null ? d.deliveredAt() : d.parkedAt() != null ? d.parkedAt() : d.nextAttemptAt();
        List<AttemptRow> attempts = d.attemptLog() == null ? List.of() : d.attemptLog().stream()
                .map(a -> new AttemptRow(a.attemptedAt() == null ? "" : AT.format(a.attemptedAt()),
                        a.statusCode() == null ? "–" : String.valueOf(a.statusCode()), a.durationMs(), a.error())).toList();
        return new DeliveryRow(d.id().toString(), d.eventId() == null ? "" : d.eventId().toString(), d.eventType(), d.status(),
                d.attempts(), d.lastStatusCode() == null ? "–" : String.valueOf(d.lastStatusCode()), d.lastError(),
                d.createdAt() == null ? "" : AT.format(d.createdAt()), settled == null ? "" : AT.format(settled), attempts);
    }

    private static String notice(String notice, String language) {
        return notice != null && notice.matches("hook_(saved|turned_on|turned_off|deleted|test_sent|redelivered)")
                ? text(WebhookMessages.class, "notice_" + notice, language) : null;
    }

    private Response missing(WebApplicationException e, String language, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return status == 404 || status == 403 ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("webhooks: %s", e instanceof WebApplicationException w ? "answered " + w.getResponse().getStatus()
                : e instanceof ProcessingException ? "unreachable" : e.getClass().getSimpleName());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
