package fi.kohtaamo.webchannel.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The catalogue as its admin changes it: the organisation's services in any status, one service's
 * content, publishing, history, the organisations with their units, and the PTV import with its
 * dry run. Who may do what is the catalogue's decision, by the token passed on.
 */
@RegisterRestClient(configKey = "catalogue")
@RegisterClientHeaders
@Path("/api/v1")
public interface CatalogueAdminClient {

    @GET
    @Path("/services/own")
    List<Summary> own();

    @GET
    @Path("/services/{id}")
    Detail get(@PathParam("id") UUID id);

    @POST
    @Path("/services")
    Detail create(Draft draft);

    @PUT
    @Path("/services/{id}")
    Detail update(@PathParam("id") UUID id, Draft draft, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/services/{id}/publish")
    Detail publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/services/{id}/withdraw")
    Detail withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/services/{id}/history")
    List<HistoryEntry> history(@PathParam("id") UUID id);

    @GET
    @Path("/organisations")
    List<Organisation> organisations();

    /** The import, or with dryRun=true its plan only; the document passes through as it was given. */
    @POST
    @Path("/ptv/import")
    ImportResult importDocument(JsonNode document, @QueryParam("defaultGroup") String defaultGroup,
                                @QueryParam("defaultQueue") String defaultQueue, @QueryParam("dryRun") boolean dryRun);

    @GET
    @Path("/channels/own")
    List<Channel> ownChannels();

    @GET
    @Path("/channels/own/{id}")
    Channel channel(@PathParam("id") UUID id);

    @PUT
    @Path("/channels/{id}/hours")
    Channel changeHours(@PathParam("id") UUID id, HoursDraft hours, @HeaderParam("If-Match") String ifMatch);

    /** fi, sv and en; null where a translation is missing. */
    record Texts(String fi, String sv, String en) {
        /** The text in the language, else in Finnish (a page's label, not the admin's missing-translation check). */
        public String in(String language) {
            String text = switch (language) {
                case "sv" -> sv;
                case "en" -> en;
                default -> fi;
            };
            return text != null ? text : fi;
        }
    }

    record Summary(UUID id, String code, String group, String title, Texts name, String status,
                   List<String> missingTranslations, UUID responsibilityArea, int version) {
    }

    record LongTexts(Texts description, Texts userInstructions, Texts processingTime, Texts validityTime) {
    }

    record Label(String code, Texts labels) {
    }

    record Classifications(List<Label> serviceClasses, List<Label> targetGroups, List<Label> lifeEvents, List<Label> keywords) {
    }

    record Area(String type, List<String> codes) {
    }

    record Routing(String defaultQueue, List<String> requiredSkills, int priority, int firstResponseHours, int resolutionHours) {
    }

    record ChannelRef(UUID id) {
    }

    /** An extra question of the contact form; datatype STRING, TEXT, NUMBER, DATE, SINGLE_CHOICE or MULTI_CHOICE. */
    record Attribute(String code, String datatype, boolean required, int order, Texts description, List<Choice> values) {
    }

    record Choice(String key, Texts name) {
    }

    record Detail(UUID id, String code, String group, String ptvType, Texts name, Texts summary, LongTexts texts,
                  String organisation, List<UUID> producers, String chargeType, Area area, String clientContact,
                  Classifications classifications, List<ChannelRef> channels, Routing routing, List<Attribute> attributes,
                  String status, int version, Instant updatedAt, String updatedBy, List<String> missingTranslations,
                  UUID responsibilityArea) {
    }

    record ClassificationDraft(String kind, String code, Texts label) {
    }

    record Draft(String code, String group, String ptvType, Texts name, Texts summary, LongTexts texts, String chargeType,
                 String areaType, List<String> areaCodes, String clientContact, List<ClassificationDraft> classifications,
                 List<UUID> producers, List<UUID> channelIds, Routing routing, List<Attribute> attributes,
                 UUID responsibilityArea) {
    }

    record HistoryEntry(int version, String action, String changedBy, Instant changedAt, JsonNode snapshot) {
    }

    record Organisation(UUID id, String code, String type, UUID parentId, Texts name, List<String> areaCodes) {
    }

    record Counts(int created, int updated, int unchanged) {
    }

    record Change(String section, UUID id, String name, String kind, List<String> fields) {
    }

    record ImportResult(Counts organizations, Counts serviceChannels, Counts services, List<Change> changes) {
    }

    /** One opening period; times HH:mm (the catalogue may add seconds), a close of 00:00 is midnight. */
    record Period(String day, String opens, String closes) {
    }

    record Schedule(String validFrom, String validTo, List<Period> periods) {
    }

    record ExceptionalDay(String date, boolean closed, List<Period> periods, Texts reason) {
    }

    record Hours(boolean alwaysOpen, boolean closedOnPublicHolidays, List<Schedule> schedules, List<ExceptionalDay> exceptions) {
    }

    /** A channel of the admin's organisation: its version for If-Match and today's periods (Europe/Helsinki). */
    record Channel(UUID id, String type, String title, Texts name, int version, Hours hours, List<Period> today) {
    }

    record PeriodDraft(String day, String from, String to) {
    }

    /** An exceptional day: closed, or open in its periods (several, such as 8–11 and 12–15). */
    record ExceptionDraft(String date, boolean closed, Texts note, List<SlotDraft> periods) {
    }

    record SlotDraft(String from, String to) {
    }

    record HoursDraft(boolean alwaysOpen, boolean closedOnPublicHolidays, List<PeriodDraft> hours, List<ExceptionDraft> exceptions) {
    }
}
