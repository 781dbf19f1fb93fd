package fi.kohtaamo.webchannel.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.webchannel.client.CatalogueAdminClient;
import fi.kohtaamo.webchannel.client.CatalogueAdminClient.Detail;
import fi.kohtaamo.webchannel.i18n.CatAdminMessages;
import fi.kohtaamo.webchannel.i18n.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * The catalogue admin looks after their organisation's part of the service catalogue: the
 * services with their missing translations, one service's texts in three languages, its contact
 * form's extra questions and responsibility area, publishing and withdrawing with the history, the
 * organisations with their units, and a PTV import seen before it is applied. Every change names
 * the version the page showed (If-Match); who may open the pages: {@link StaffPageGuard}.
 */
@Path("/catalogue")
@Produces(MediaType.TEXT_HTML)
public class CatalogueAdminPages {

    private static final Logger LOG = Logger.getLogger(CatalogueAdminPages.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DOCUMENT = 2_000_000;

    private final CatalogueAdminClient catalogue;
    private final PageFrame frame;
    private final JsonWebToken token;

    public CatalogueAdminPages(@RestClient CatalogueAdminClient catalogue, PageFrame frame, JsonWebToken token) {
        this.catalogue = catalogue;
        this.frame = frame;
        this.token = token;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance services(PageContext page, List<Row> rows, String notice);

        static native TemplateInstance service(PageContext page, String id, String status, Map<String, String> form,
                                               List<TextRow> texts, List<Question> questions, List<Option> areas,
                                               List<Change> history, Map<String, String> errors, String notice,
                                               List<String> groups, List<String> ptvTypes, List<String> datatypes);

        static native TemplateInstance organisations(PageContext page, List<Agency> agencies);

        static native TemplateInstance channels(PageContext page, List<ChannelRow> rows);

        static native TemplateInstance channel(PageContext page, String id, String name, String type, Map<String, String> form,
                                               List<HoursForm.Day> days, List<HoursForm.ExceptionRow> exceptions,
                                               Map<String, String> errors, String notice);

        static native TemplateInstance ptv(PageContext page, Map<String, String> form, Plan plan, boolean applied,
                                           Map<String, String> errors, List<String> groups);
    }

    /** A service in the list: its missing translations by language code. */
    public record Row(String id, String code, String name, String status, List<String> missing) {
    }

    /** One kind of text (name, summary, description) in each language, with its error. */
    public record TextRow(String kind, List<Field> fields) {
    }

    public record Field(String language, String name, String value, String error) {
    }

    /** An extra question on the form; {@code number} names its fields (q0-code), {@code added} is the empty row. */
    public record Question(int number, int shown, boolean added, String code, String datatype, boolean required,
                           List<Field> texts, String choices, String codeError, String choicesError) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** A history entry: version, action, who, when, and the fields that changed from the version before. */
    public record Change(int version, String action, String who, String when, String what) {
    }

    /** A channel in the list with today's hours as text (empty: closed today). */
    public record ChannelRow(String id, String name, String type, boolean alwaysOpen, String today) {
    }

    public record Agency(String code, String name, boolean own, List<String> units) {
    }

    public record Plan(CatalogueAdminClient.Counts services, CatalogueAdminClient.Counts channels,
                       CatalogueAdminClient.Counts organisations, List<CatalogueAdminClient.Change> changes) {
    }

    @GET
    public Response list(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            List<Row> rows = catalogue.own().stream().map(s -> new Row(s.id().toString(), s.code(), in(s.name(), language),
                    s.status(), s.missingTranslations() == null ? List.of() : s.missingTranslations())).toList();
            return staffPage(Templates.services(frame.context(language, uri), rows, noticeText(notice, language)), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/services/new")
    public Response newService(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                               @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        Map<String, String> form = new LinkedHashMap<>(Map.of("group", "ADVICE_AND_INFORMATION", "ptvType", "SERVICE"));
        return servicePage(null, null, form, Map.of(), null, language, lang, uri, 200);
    }

    @GET
    @Path("/services/{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        UUID serviceId = uuidOrNull(id);
        if (serviceId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            Detail service = ownService(serviceId);
            return servicePage(id, service.status(), ServiceForm.of(service), Map.of(), noticeText(notice, language),
                    language, lang, uri, 200);
        } catch (WebApplicationException e) {
            return refusedAsMissing(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @POST
    @Path("/services/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        return save(null, posted, Language.resolve(null, remembered, accept), uri);
    }

    @POST
    @Path("/services/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> posted,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        if (uuidOrNull(id) == null) {
            return notFound(frame.context(language, uri), language);
        }
        return save(id, posted, language, uri);
    }

    @POST
    @Path("/services/{id}/{action:publish|withdraw}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("id") String id, @PathParam("action") String action,
                                 MultivaluedMap<String, String> posted, @CookieParam(Language.COOKIE) String remembered,
                                 @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID serviceId = uuidOrNull(id);
        String version = Objects.requireNonNullElse(posted.getFirst("version"), "").strip();
        if (serviceId == null || !version.matches("\\d{1,9}")) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            if (action.equals("publish")) {
                catalogue.publish(serviceId, "\"" + version + "\"");
            } else {
                catalogue.withdraw(serviceId, "\"" + version + "\"");
            }
            return redirect("/catalogue/services/" + id + "?notice=" + (action.equals("publish") ? "published" : "withdrawn"));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 412 || status == 409) {
                return current(id, serviceId, status == 412 ? "cat_error_conflict" : "cat_error_publish", language, uri);
            }
            return refusedAsMissing(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/organisations")
    public Response organisations(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                                  @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            List<CatalogueAdminClient.Organisation> all = catalogue.organisations();
            String own = organisation();
            List<Agency> agencies = all.stream().filter(o -> o.parentId() == null)
                    .map(agency -> new Agency(agency.code(), in(agency.name(), language), agency.code().equals(own),
                            all.stream().filter(unit -> agency.id().equals(unit.parentId()))
                                    .map(unit -> in(unit.name(), language)).sorted().toList()))
                    .toList();
            return staffPage(Templates.organisations(frame.context(language, uri), agencies), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/channels")
    public Response channels(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                             @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            List<ChannelRow> rows = catalogue.ownChannels().stream().map(c -> new ChannelRow(c.id().toString(), in(c.name(), language),
                    c.type(), c.hours() != null && c.hours().alwaysOpen(), c.today() == null ? "" : c.today().stream()
                    .map(p -> HoursForm.time(p.opens(), false) + "–" + HoursForm.time(p.closes(), true))
                    .collect(Collectors.joining(", ")))).toList();
            return staffPage(Templates.channels(frame.context(language, uri), rows), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/channels/{id}")
    public Response channel(@PathParam("id") String id, @QueryParam("notice") String notice, @QueryParam("lang") String lang,
                            @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                            @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        UUID channelId = uuidOrNull(id);
        if (channelId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            CatalogueAdminClient.Channel channel = catalogue.channel(channelId);
            String saved = "saved".equals(notice) ? text(CatAdminMessages.class, "cat_channel_saved", language) : null;
            return channelPage(channel, HoursForm.of(channel), Map.of(), saved, language, lang, uri, 200);
        } catch (WebApplicationException e) {
            return refusedAsMissing(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** Saves the hours with the version the page showed; a refusal is said beside its field, a stale version shows the current hours. */
    @POST
    @Path("/channels/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveHours(@PathParam("id") String id, MultivaluedMap<String, String> posted,
                              @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                              @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID channelId = uuidOrNull(id);
        Map<String, String> form = formValues(posted);
        String version = form.getOrDefault("version", "");
        if (channelId == null || !version.matches("\\d{1,9}")) {
            return notFound(frame.context(language, uri), language);
        }
        HoursForm.Parsed parsed = HoursForm.parse(form);
        try {
            catalogue.changeHours(channelId, parsed.draft(), "\"" + version + "\"");
            return redirect("/catalogue/channels/" + id + "?notice=saved");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 412) {
                CatalogueAdminClient.Channel current = catalogue.channel(channelId);
                return channelPage(current, HoursForm.of(current), Map.of("form", "cat_channel_conflict"), null, language, null, uri, 409);
            }
            if (status != 400) {
                return refusedAsMissing(e, language, uri);
            }
            String field = HoursForm.fieldOf(problem(e).path("violations").path(0).path("field").asText(""), parsed);
            String key = field.equals("form") ? "cat_error_refused" : field.endsWith("-date") ? "cat_error_hours_date"
                    : field.contains("-note-") ? "cat_error_hours_note" : "cat_error_hours_time";
            CatalogueAdminClient.Channel channel = catalogue.channel(channelId);
            return channelPage(channel, form, Map.of(field, key), null, language, null, uri, 400);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private Response channelPage(CatalogueAdminClient.Channel channel, Map<String, String> form, Map<String, String> errorKeys,
                                 String notice, String language, String explicit, UriInfo uri, int status) {
        Map<String, String> errors = texts(CatAdminMessages.class, errorKeys, language);
        return staffPage(Templates.channel(frame.context(language, uri), channel.id().toString(), in(channel.name(), language),
                channel.type(), form, HoursForm.days(form, errors), HoursForm.exceptions(form, errors), errors, notice),
                language, explicit, status);
    }

    @GET
    @Path("/ptv")
    public Response ptv(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                        @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return staffPage(Templates.ptv(frame.context(language, uri), Map.of(), null, false, Map.of(), ServiceForm.GROUPS), language, lang, 200);
    }

    /** The plan of an import (the catalogue's dry run), with the form to apply the very same document. */
    @POST
    @Path("/ptv")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(MultivaluedMap<String, String> posted, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        return runImport(posted, true, Language.resolve(null, remembered, accept), uri);
    }

    @POST
    @Path("/ptv/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(MultivaluedMap<String, String> posted, @CookieParam(Language.COOKIE) String remembered,
                          @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        return runImport(posted, false, Language.resolve(null, remembered, accept), uri);
    }

    private Response runImport(MultivaluedMap<String, String> posted, boolean dryRun, String language, UriInfo uri) {
        Map<String, String> form = formValues(posted);
        Map<String, String> errors = new LinkedHashMap<>();
        String raw = form.getOrDefault("document", "");
        JsonNode document = null;
        if (raw.length() <= MAX_DOCUMENT && raw.indexOf('\0') < 0) {
            try {
                document = JSON.readTree(raw);
            } catch (java.io.IOException | RuntimeException e) {
                document = null;
            }
        }
        if (document == null || !document.isObject()) {
            errors.put("document", "cat_ptv_error_document");
        }
        String group = form.getOrDefault("defaultGroup", "");
        if (!group.isEmpty() && !ServiceForm.GROUPS.contains(group)) {
            errors.put("defaultGroup", "cat_ptv_error_group");
        }
        String queue = form.getOrDefault("defaultQueue", "");
        if (queue.length() > 100 || queue.indexOf('\0') >= 0) {
            errors.put("defaultQueue", "cat_ptv_error_queue");
        }
        if (errors.isEmpty()) {
            try {
                CatalogueAdminClient.ImportResult result = catalogue.importDocument(document, group.isEmpty() ? null : group,
                        queue.isEmpty() ? null : queue, dryRun);
                Plan plan = new Plan(result.services(), result.serviceChannels(), result.organizations(), result.changes());
                return staffPage(Templates.ptv(frame.context(language, uri), form, plan, !dryRun, Map.of(), ServiceForm.GROUPS), language, null, 200);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 400) {
                    return refusedAsMissing(e, language, uri);
                }
                String field = problem(e).path("violations").path(0).path("field").asText("");
                errors.put(field.equals("defaultGroup") ? "defaultGroup" : field.equals("defaultQueue") ? "defaultQueue" : "document",
                        field.equals("defaultGroup") ? "cat_ptv_error_group" : "cat_ptv_error_document");
            } catch (ProcessingException e) {
                return unavailable(e, language, uri);
            }
        }
        return staffPage(Templates.ptv(frame.context(language, uri), form, null, false,
                texts(CatAdminMessages.class, errors, language), ServiceForm.GROUPS), language, null, 400);
    }

    private Response save(String id, MultivaluedMap<String, String> posted, String language, UriInfo uri) {
        Map<String, String> form = formValues(posted);
        Map<String, String> errors = new LinkedHashMap<>();
        String version = form.getOrDefault("version", "");
        try {
            Detail current = id == null ? null : ownService(UUID.fromString(id));
            if (id != null && !version.matches("\\d{1,9}")) {
                errors.put("form", "cat_error_refused");
            }
            CatalogueAdminClient.Draft draft = ServiceForm.draft(form, current, id == null ? ownAreaCodes() : List.of(),
                    ownUnits().keySet(), errors);
            if (!errors.isEmpty()) {
                return servicePage(id, current == null ? null : current.status(), form, errors, null, language, null, uri, 400);
            }
            if (id == null) {
                Detail created = catalogue.create(draft);
                return redirect("/catalogue/services/" + created.id() + "?notice=created");
            }
            catalogue.update(UUID.fromString(id), draft, "\"" + version + "\"");
            return redirect("/catalogue/services/" + id + "?notice=saved");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 412 && id != null) {
                return current(id, UUID.fromString(id), "cat_error_conflict", language, uri);
            }
            if (status == 400 || status == 409) {
                String field = status == 409 ? "code" : ServiceForm.fieldOf(
                        problem(e).path("violations").path(0).path("field").asText(""), ServiceForm.questionNumbers(form));
                errors.put(field, status == 409 ? "cat_error_code_taken" : errorFor(field));
                return servicePage(id, null, form, errors, null, language, null, uri, status);
            }
            return refusedAsMissing(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** The service as it is now, with a notice why the change was not made (a stale version, a refused publish). */
    private Response current(String id, UUID serviceId, String error, String language, UriInfo uri) {
        Detail service = ownService(serviceId);
        return servicePage(id, service.status(), ServiceForm.of(service), Map.of("form", error), null, language, null, uri, 409);
    }

    private static String errorFor(String field) {
        if (field.startsWith("q")) {
            return field.endsWith("-choices") ? "cat_error_choices" : "cat_error_question";
        }
        return switch (field) {
            case "code" -> "cat_error_code";
            case "name-fi" -> "cat_error_name";
            case "area" -> "cat_error_area";
            case "defaultQueue" -> "cat_error_queue";
            case "form" -> "cat_error_refused";
            default -> "cat_error_text";
        };
    }

    private Response servicePage(String id, String status, Map<String, String> form, Map<String, String> errorKeys, String notice,
                                 String language, String explicit, UriInfo uri, int httpStatus) {
        Map<String, String> errors = texts(CatAdminMessages.class, errorKeys, language);
        List<TextRow> texts = List.of("name", "summary", "description").stream()
                .map(kind -> new TextRow(kind, fields(form, kind, errors))).toList();
        List<Integer> numbers = new ArrayList<>(ServiceForm.questionNumbers(form));
        int added = numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1) + 1;
        numbers.add(added);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            String prefix = "q" + numbers.get(i);
            questions.add(new Question(numbers.get(i), i + 1, numbers.get(i) == added, form.getOrDefault(prefix + "-code", ""),
                    form.getOrDefault(prefix + "-datatype", "STRING"), form.containsKey(prefix + "-required"),
                    fields(form, prefix, errors), form.getOrDefault(prefix + "-choices", ""),
                    errors.get(prefix + "-code"), errors.get(prefix + "-choices")));
        }
        String chosen = form.getOrDefault("area", "");
        List<Option> areas = ownUnits().entrySet().stream()
                .map(unit -> new Option(unit.getKey(), unit.getValue().in(language), unit.getKey().equals(chosen))).toList();
        List<Change> history = id == null ? List.of() : history(UUID.fromString(id));
        return staffPage(Templates.service(frame.context(language, uri), id, status, form, texts, questions, areas, history,
                errors, notice, ServiceForm.GROUPS, ServiceForm.PTV_TYPES, ServiceForm.DATATYPES), language, explicit, httpStatus);
    }

    private static List<Field> fields(Map<String, String> form, String prefix, Map<String, String> errors) {
        return ServiceForm.LANGUAGES.stream().map(l -> new Field(l, prefix + "-" + l, form.getOrDefault(prefix + "-" + l, ""),
                errors.get(prefix + "-" + l))).toList();
    }

    /** Each version with the top-level fields its snapshot changed from the one before. */
    private List<Change> history(UUID id) {
        List<CatalogueAdminClient.HistoryEntry> entries = catalogue.history(id);
        List<Change> changes = new ArrayList<>();
        JsonNode previous = null;
        for (CatalogueAdminClient.HistoryEntry entry : entries) {
            JsonNode snapshot = entry.snapshot();
            String what = previous == null || snapshot == null ? "" : changedFields(previous, snapshot);
            changes.add(new Change(entry.version(), entry.action(), entry.changedBy(),
                    entry.changedAt() == null ? "" : WHEN.format(entry.changedAt()), what));
            previous = snapshot;
        }
        return changes.reversed();
    }

    private static String changedFields(JsonNode before, JsonNode after) {
        Set<String> names = new TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        names.removeAll(Set.of("version", "updatedAt", "status"));
        return names.stream().filter(name -> !Objects.equals(before.get(name), after.get(name))).collect(Collectors.joining(", "));
    }

    /** The caller's organisation's responsibility areas (units), id to name. */
    private Map<String, CatalogueAdminClient.Texts> ownUnits() {
        List<CatalogueAdminClient.Organisation> all = catalogue.organisations();
        String own = organisation();
        UUID ownId = all.stream().filter(o -> o.code().equals(own)).map(CatalogueAdminClient.Organisation::id).findFirst().orElse(null);
        Map<String, CatalogueAdminClient.Texts> units = new LinkedHashMap<>();
        all.stream().filter(o -> ownId != null && ownId.equals(o.parentId()))
                .forEach(unit -> units.put(unit.id().toString(), unit.name()));
        return units;
    }

    private List<String> ownAreaCodes() {
        String own = organisation();
        return catalogue.organisations().stream().filter(o -> o.code().equals(own)).findFirst()
                .map(o -> o.areaCodes() == null ? List.<String>of() : o.areaCodes()).orElse(List.of());
    }

    /** A service the caller administers; another organisation's answers as missing. */
    private Detail ownService(UUID id) {
        Detail service = catalogue.get(id);
        if (!service.organisation().equals(organisation())) {
            throw new WebApplicationException(404);
        }
        return service;
    }

    private String organisation() {
        Object org = token.getClaim("org");
        return org == null ? "" : org.toString();
    }

    /** The notice a redirect asked for, only one of the page's own. */
    private static String noticeText(String notice, String language) {
        return notice != null && notice.matches("created|saved|published|withdrawn")
                ? MessageBundles.get(CatAdminMessages.class, Localized.Literal.of(language)).cat_notice(notice) : null;
    }

    private static String in(CatalogueAdminClient.Texts texts, String language) {
        return texts == null ? "" : texts.in(language);
    }

    /** Another organisation's service, an unknown one or a caller the catalogue refuses: not there. */
    private Response refusedAsMissing(WebApplicationException e, String language, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return status == 404 || status == 403 ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("service catalogue: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
