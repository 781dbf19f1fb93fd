package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The knowledge portal's editorial API, called with the content editor's token: the worklist,
 * writing and previewing, translations and the workflow steps. The portal decides who may do what
 * (its own organisation, not reviewing one's own text).
 */
@RegisterRestClient(configKey = "knowledge")
@RegisterClientHeaders
@Path("/api/v1/articles")
@Consumes(MediaType.APPLICATION_JSON)
public interface ArticleEditorClient {

    @GET
    List<Summary> worklist(@QueryParam("status") String status);

    @POST
    Article create(NewArticle article);

    @POST
    @Path("/preview")
    Preview preview(PreviewRequest request);

    @GET
    @Path("/{id}")
    Article article(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/translations/{language}")
    Working working(@PathParam("id") UUID id, @PathParam("language") String language, @QueryParam("copy") String copy);

    @PUT
    @Path("/{id}/translations/{language}")
    Working edit(@PathParam("id") UUID id, @PathParam("language") String language, TextRequest text,
                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @POST
    @Path("/{id}/translations/{language}/submit")
    Working submit(@PathParam("id") UUID id, @PathParam("language") String language);

    @POST
    @Path("/{id}/translations/{language}/approve")
    Working approve(@PathParam("id") UUID id, @PathParam("language") String language, Approval approval);

    @POST
    @Path("/{id}/translations/{language}/reject")
    Working reject(@PathParam("id") UUID id, @PathParam("language") String language, Note note);

    @POST
    @Path("/{id}/translations/{language}/archive")
    Working archive(@PathParam("id") UUID id, @PathParam("language") String language);

    @PUT
    @Path("/{id}")
    Article updateMetadata(@PathParam("id") UUID id, Metadata metadata, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @GET
    @Path("/{id}/translations/{language}/diff")
    Diff diff(@PathParam("id") UUID id, @PathParam("language") String language, @QueryParam("from") int from,
              @QueryParam("to") int to);

    @GET
    @Path("/reports/most-viewed")
    List<Summary> mostViewed(@QueryParam("limit") int limit);

    @GET
    @Path("/reports/least-helpful")
    List<Summary> leastHelpful(@QueryParam("limit") int limit);

    record Metadata(String audience, List<String> serviceIds, List<String> serviceGroups, List<String> tags,
                    List<String> categories) {
    }

    record Diff(int from, int to, List<String> unifiedDiff) {
    }

    @GET
    @Path("/{id}/translations/{language}/history")
    History history(@PathParam("id") UUID id, @PathParam("language") String language);

    record Summary(UUID articleId, String language, String title, String status, int version, Instant updatedAt,
                   long views, int helpfulYes, int helpfulNo) {
    }

    record NewArticle(String language, String title, String body, String audience, List<String> serviceIds,
                      List<String> serviceGroups, List<String> tags, List<String> categories) {
    }

    record PreviewRequest(String body) {
    }

    record Preview(String html) {
    }

    record Language(String language, String translationStatus, String status, String title, Integer version,
                    Integer publishedVersion, Instant publishedAt) {
    }

    record Article(UUID id, String organisation, String audience, String sourceLanguage, List<String> serviceIds,
                   List<String> serviceGroups, List<String> tags, List<String> categories, int version,
                   List<Language> languages) {
    }

    record Working(UUID articleId, String language, String title, String markdown, String status, Integer version,
                   Integer publishedVersion, Instant publishedAt, Instant publishAt, Instant expireAt, String submittedBy,
                   String reviewedBy) {
    }

    record TextRequest(String title, String body) {
    }

    record Approval(Instant publishAt, Instant expireAt) {
    }

    record Note(String note) {
    }

    record Version(int version, String title, String editedBy, Instant editedAt) {
    }

    record Step(int version, String from, String to, String actor, Instant at, String note) {
    }

    record History(List<Version> versions, List<Step> steps) {
    }
}
