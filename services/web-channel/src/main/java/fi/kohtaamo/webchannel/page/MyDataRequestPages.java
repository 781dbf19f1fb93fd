package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.RegistryClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.RegistryMessages;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.blankToNull;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * What a signed-in citizen changes and asks for on "My data" ({@link MyDataPages} shows it):
 * correcting the contact details a person may change themselves (the version read travels as
 * If-Match, so a change made meanwhile in another window is shown, not overwritten), asking for a
 * copy of their data and downloading it when it is gathered, and asking for erasure after a page
 * that says what happens and what the law keeps. The registry answers only for the signed-in
 * person's own record ({@code /api/v1/me}): nobody else's data can be named here.
 */
@Path("/my-data")
@Produces(MediaType.TEXT_HTML)
public class MyDataRequestPages {

    private static final Logger LOG = Logger.getLogger(MyDataRequestPages.class);
    static final List<String> CHANNELS = List.of("WEB", "EMAIL", "PHONE", "LETTER", "IN_PERSON", "CHAT");
    private static final String EMAIL = "[^@\\s\\x00]{1,64}@[^@\\s\\x00]{1,189}";
    private static final String PHONE = "\\+?[0-9][0-9 ()-]{4,24}";

    private final RegistryClient registry;
    private final PageFrame frame;

    public MyDataRequestPages(@RestClient RegistryClient registry, PageFrame frame) {
        this.registry = registry;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance details(PageContext page, boolean hasRecord, Map<String, String> form,
                                               List<String> channels, List<String> chosen, List<String> languages,
                                               String notice, Map<String, String> errors);

        static native TemplateInstance erasure(PageContext page, Map<String, String> form, Map<String, String> errors);
    }

    /** A copy the citizen asked for: when, its state, and whether it can be downloaded. */
    public record ExportView(String id, String requestedAt, String status, boolean downloadable) {
    }

    /** An erasure request: when, its state, and the reason given for the decision. */
    public record ErasureView(String requestedAt, String status, String decisionReason) {
    }

    /** The citizen's copies and erasure requests for "My data"; a part the registry does not answer is missing. */
    public record OwnRequests(List<ExportView> exports, boolean exportsMissing, List<ErasureView> erasures,
                              boolean erasuresMissing) {

        /** Erasure can be asked while no request is waiting. */
        public boolean canAskErasure() {
            return !erasuresMissing && erasures.stream().noneMatch(e -> e.status().equals("REQUESTED"));
        }
    }

    static OwnRequests load(RegistryClient registry) {
        List<ExportView> exports = List.of();
        boolean exportsMissing = false;
        try {
            exports = registry.exports().stream().map(e -> new ExportView(e.id().toString(), WHEN.format(e.requestedAt()),
                    e.status(), !e.status().equals("COLLECTING"))).toList();
        } catch (WebApplicationException | ProcessingException e) {
            exportsMissing = !(e instanceof WebApplicationException w && w.getResponse().getStatus() == 404);
        }
        List<ErasureView> erasures = List.of();
        boolean erasuresMissing = false;
        try {
            erasures = registry.erasureRequests().stream().map(e -> new ErasureView(WHEN.format(e.requestedAt()), e.status(),
                    e.decisionReason())).toList();
        } catch (WebApplicationException | ProcessingException e) {
            erasuresMissing = true;
        }
        return new OwnRequests(exports, exportsMissing, erasures, erasuresMissing);
    }

    @GET
    @Path("/details")
    public Response details(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return current(null, language, lang, uri, 200);
    }

    @POST
    @Path("/details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> values = formValues(form);
        List<String> chosen = form.get("channels") == null ? List.of() : form.get("channels").stream().map(String::strip).distinct().toList();
        Map<String, String> errors = new LinkedHashMap<>();
        RegistryClient.Correction correction = correction(values, chosen, errors);
        String version = values.getOrDefault("version", "");
        if (!version.matches("\\d{1,9}")) {
            errors.put("form", "error_generic");
        }
        if (!errors.isEmpty()) {
            return detailsPage(true, values, chosen, null, errors, language, null, uri, 400);
        }
        try {
            registry.correct(withOtherAddresses(correction, registry.me()), "\"" + version + "\"");
            return redirect("/my-data?notice=details_saved");
        } catch (WebApplicationException e) {
            return switch (e.getResponse().getStatus()) {
                case 412, 428 -> current(text(RegistryMessages.class, "mine_details_conflict", language), language, null, uri, 409);
                case 400 -> detailsPage(true, values, chosen, null, Map.of(fieldOf(e), errorOf(fieldOf(e))), language, null, uri, 400);
                case 404 -> detailsPage(false, Map.of(), List.of(), null, Map.of(), language, null, uri, 404);
                default -> unavailable(e, language, uri);
            };
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askForCopy(@CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                               @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        try {
            registry.requestExport();
            return redirect("/my-data?notice=export_requested#exports");
        } catch (WebApplicationException | ProcessingException e) {
            return missingOrUnavailable(e, language, uri);
        }
    }

    /** The copy as the registry assembled it, as a file to keep; another person's copy is the registry's 404. */
    @GET
    @Path("/exports/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id, @CookieParam(Language.COOKIE) String remembered,
                             @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID exportId = uuidOrNull(id);
        if (exportId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            String document = registry.exportDocument(exportId);
            return Response.ok(document, "application/json; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"my-data-" + LocalDate.now(ZoneId.of("Europe/Helsinki")) + ".json\"")
                    .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
        } catch (WebApplicationException | ProcessingException e) {
            return missingOrUnavailable(e, language, uri);
        }
    }

    @GET
    @Path("/erasure")
    public Response erasure(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return staffPage(Templates.erasure(frame.context(language, uri), Map.of(), Map.of()), language, lang, 200);
    }

    @POST
    @Path("/erasure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askForErasure(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                                  @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> values = formValues(form);
        String reason = values.getOrDefault("reason", "");
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason.length() > 1000 || reason.indexOf('\0') >= 0) {
            errors.put("reason", "mine_error_erasure_reason");
        }
        if (!"yes".equals(values.get("confirm"))) {
            errors.put("confirm", "mine_error_erasure_confirm");
        }
        if (!errors.isEmpty()) {
            return staffPage(Templates.erasure(frame.context(language, uri), values, texts(RegistryMessages.class, errors, language)),
                    language, null, 400);
        }
        try {
            registry.requestErasure(new RegistryClient.ErasureAsk(reason.isEmpty() ? null : reason));
            return redirect("/my-data?notice=erasure_requested#erasure");
        } catch (WebApplicationException e) {
            return switch (e.getResponse().getStatus()) {
                case 409 -> redirect("/my-data?notice=erasure_waiting#erasure");
                case 404 -> notFound(frame.context(language, uri), language);
                default -> unavailable(e, language, uri);
            };
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** What the citizen may change, checked as the registry will check it; each refusal named by its field. */
    static RegistryClient.Correction correction(Map<String, String> values, List<String> chosen, Map<String, String> errors) {
        String language = values.getOrDefault("language", "");
        if (!Language.SUPPORTED.contains(language)) {
            errors.put("language", "mine_error_language");
        }
        if (!CHANNELS.containsAll(chosen)) {
            errors.put("channels", "mine_error_channels");
        }
        List<String> emails = lines(values.get("emails"));
        if (emails.size() > 5 || !emails.stream().allMatch(e -> e.length() <= 254 && e.matches(EMAIL))) {
            errors.put("emails", "mine_error_emails");
        }
        List<String> phones = lines(values.get("phones"));
        if (phones.size() > 5 || !phones.stream().allMatch(p -> p.matches(PHONE))) {
            errors.put("phones", "mine_error_phones");
        }
        List<RegistryClient.Address> addresses = new ArrayList<>();
        RegistryClient.Address address = address(values, errors);
        if (address != null) {
            addresses.add(address);
        }
        return new RegistryClient.Correction(language, chosen, emails, phones, addresses, blankToNull(values.get("municipalityCode")));
    }

    private static RegistryClient.Address address(Map<String, String> values, Map<String, String> errors) {
        String street = values.getOrDefault("street", "");
        String postalCode = values.getOrDefault("postalCode", "");
        String postOffice = values.getOrDefault("postOffice", "");
        String country = values.getOrDefault("country", "").toUpperCase(java.util.Locale.ROOT);
        if (street.isEmpty() && postalCode.isEmpty() && postOffice.isEmpty()) {
            return null;
        }
        if (street.isEmpty() || street.length() > 200 || street.indexOf('\0') >= 0) {
            errors.put("street", "mine_error_street");
        }
        if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
            errors.put("country", "mine_error_country");
        }
        boolean finnish = country.isEmpty() || country.equals("FI");
        if (!postalCode.matches(finnish ? "\\d{5}" : "[0-9A-Za-z][0-9A-Za-z -]{1,9}")) {
            errors.put("postalCode", "mine_error_postal_code");
        }
        if (postOffice.isEmpty() || postOffice.length() > 100 || postOffice.indexOf('\0') >= 0) {
            errors.put("postOffice", "mine_error_post_office");
        }
        return new RegistryClient.Address(blankToNull(values.get("addressKind")) == null ? "POSTAL" : values.get("addressKind"),
                street, postalCode, postOffice, country.isEmpty() ? "FI" : country);
    }

    /**
     * The form edits the record's first address; any others the record holds go back unchanged,
     * since a correction replaces the whole list. (Changed meanwhile: If-Match refuses it anyway.)
     */
    private static RegistryClient.Correction withOtherAddresses(RegistryClient.Correction correction, RegistryClient.Own record) {
        List<RegistryClient.Address> held = orEmpty(record.addresses());
        if (held.size() < 2) {
            return correction;
        }
        List<RegistryClient.Address> addresses = new ArrayList<>(correction.addresses());
        addresses.addAll(held.subList(1, held.size()));
        return new RegistryClient.Correction(correction.preferredLanguage(), correction.preferredChannels(), correction.emails(),
                correction.phones(), addresses, correction.municipalityCode());
    }

    /** A text area's lines, stripped, without blanks or repeats. */
    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The form field a refusal from the registry names: emails[1] → emails, addresses[0].street → street. */
    private static String fieldOf(WebApplicationException e) {
        String field = problem(e).path("violations").path(0).path("field").asText("");
        String bare = field.replaceFirst("^addresses\\[\\d+]\\.", "").replaceFirst("\\[\\d+]$", "");
        return switch (bare) {
            case "preferredLanguage" -> "language";
            case "preferredChannels" -> "channels";
            case "emails", "phones", "street", "postalCode", "postOffice", "country" -> bare;
            default -> "form";
        };
    }

    private static String errorOf(String field) {
        return switch (field) {
            case "language" -> "mine_error_language";
            case "channels" -> "mine_error_channels";
            case "form" -> "error_generic";
            default -> "mine_error_" + field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The form with the record as it is now; {@code notice} says why it is shown again. */
    private Response current(String notice, String language, String explicit, UriInfo uri, int status) {
        try {
            RegistryClient.Own record = registry.me();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("version", String.valueOf(record.version()));
            form.put("language", record.preferredLanguage() == null ? "fi" : record.preferredLanguage());
            form.put("emails", String.join("\n", orEmpty(record.emails())));
            form.put("phones", String.join("\n", orEmpty(record.phones())));
            form.put("municipalityCode", record.municipalityCode() == null ? "" : record.municipalityCode());
            if (record.addresses() != null && !record.addresses().isEmpty()) {
                RegistryClient.Address address = record.addresses().get(0);
                form.put("addressKind", address.kind() == null ? "" : address.kind());
                form.put("street", address.street());
                form.put("postalCode", address.postalCode());
                form.put("postOffice", address.postOffice());
                form.put("country", address.country() == null ? "" : address.country());
            }
            return detailsPage(true, form, orEmpty(record.preferredChannels()), notice, Map.of(), language, explicit, uri, status);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return detailsPage(false, Map.of(), List.of(), null, Map.of(), language, explicit, uri, 200);
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private Response detailsPage(boolean hasRecord, Map<String, String> form, List<String> chosen, String notice,
                                 Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        return staffPage(Templates.details(frame.context(language, uri), hasRecord, form, CHANNELS, chosen, Language.SUPPORTED,
                notice, texts(RegistryMessages.class, errors, language)), language, explicit, status);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The registry's 404 (no record of the citizen, or not their copy) as the site's; anything else: unavailable. */
    private Response missingOrUnavailable(RuntimeException e, String language, UriInfo uri) {
        return e instanceof WebApplicationException refused && refused.getResponse().getStatus() == 404
                ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("client registry: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
