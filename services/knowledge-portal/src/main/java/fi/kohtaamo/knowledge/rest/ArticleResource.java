package fi.kohtaamo.knowledge.rest;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.knowledge.domain.Article;
import fi.kohtaamo.knowledge.domain.MarkdownRenderer;
import fi.kohtaamo.knowledge.domain.Translation;
import fi.kohtaamo.knowledge.service.Articles;
import fi.kohtaamo.knowledge.service.KnowledgeRoles;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.problem.RequestValues;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    private final Articles articles;
    private final Callers callers;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public ArticleResource(Articles articles, Callers callers, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.articles = articles;
        this.callers = callers;
        this.mapper = mapper;
    }

    public record MetadataRequest(@NotNull Article.Audience audience,
                                  @Size(max = 20) List<@NotBlank String> serviceIds,
                                  @Size(max = 6) List<@NotBlank String> serviceGroups,
                                  @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
                                  @Size(max = 10) List<@NotBlank @Size(max = 80) String> categories) {
        Articles.Metadata toMetadata() {
            return new Articles.Metadata(audience, serviceIds, serviceGroups, tags, categories);
        }
    }

    public record NewArticle(@NotNull @Pattern(regexp = "fi|sv|en", message = "fi, sv or en") String language,
                             @NotBlank @Size(max = 200) String title, @NotNull @Size(max = 100_000) String body,
                             @NotNull Article.Audience audience, @Size(max = 20) List<@NotBlank String> serviceIds,
                             @Size(max = 6) List<@NotBlank String> serviceGroups,
                             @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
                             @Size(max = 10) List<@NotBlank @Size(max = 80) String> categories) {
    }

    public record TextRequest(@NotBlank @Size(max = 200) String title, @NotNull @Size(max = 100_000) String body) {
    }

    public record ReviewNote(@Size(max = 1000) String note) {
    }

    public record Approval(Instant publishAt, Instant expireAt) {
    }

    public record Rating(@NotNull Boolean helpful, @Size(max = 1000) String comment) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("content-editor")
    @Operation(summary = "Write a new article in its source language; it starts as a draft of your organisation")
    @APIResponse(responseCode = "201", description = "Created as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleResponses.ArticleResponse.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The article", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response create(@Valid @NotNull NewArticle request, @Context UriInfo uri) {
        Caller caller = callers.current();
        Article article = articles.create(request.language(), request.title(), request.body(),
                new Articles.Metadata(request.audience(), request.serviceIds(), request.serviceGroups(), request.tags(),
                        request.categories()), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(article.id.toString()).build())
                .entity(ArticleResponses.ArticleResponse.of(articles.read(article.id, caller), true)).build();
    }

    public record PreviewRequest(@NotNull @Size(max = 100_000) String body) {
    }

    public record PreviewResponse(String html) {
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("content-editor")
    @Operation(summary = "Render Markdown exactly as publishing would (sanitised HTML), without saving anything")
    public PreviewResponse preview(@Valid @NotNull PreviewRequest request) {
        return new PreviewResponse(MarkdownRenderer.render(request.body()).html());
    }

    @GET
    @RolesAllowed("content-editor")
    @Operation(summary = "Your organisation's language versions, newest change first, optionally of one workflow status")
    public List<ArticleResponses.TextSummary> worklist(@QueryParam("status") String status) {
        Translation.Status parsed = null;
        if (status != null) {
            try {
                parsed = Translation.Status.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", "one of " + List.of(Translation.Status.values()));
            }
        }
        return articles.worklist(parsed, callers.current()).stream().map(ArticleResponses.TextSummary::of).toList();
    }

    @GET
    @Path("/reports/most-viewed")
    @RolesAllowed("content-editor")
    @Operation(summary = "Your organisation's most viewed published texts")
    public List<ArticleResponses.TextSummary> mostViewed(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return articles.report(false, limit, 0, callers.current()).stream().map(ArticleResponses.TextSummary::of).toList();
    }

    @GET
    @Path("/reports/least-helpful")
    @RolesAllowed("content-editor")
    @Operation(summary = "Your organisation's published texts with the largest share of 'not helpful' answers")
    public List<ArticleResponses.TextSummary> leastHelpful(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
                                                           @QueryParam("minRatings") @DefaultValue("3") @Min(1) int minRatings) {
        return articles.report(true, limit, minRatings, callers.current()).stream().map(ArticleResponses.TextSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "An article and its language versions: published ones for readers (internal articles for staff only), all with workflow and translation status for its editors")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleResponses.ArticleResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The article's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response read(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        Articles.ArticleView view = articles.read(id, caller);
        return Response.ok(ArticleResponses.ArticleResponse.of(view, KnowledgeRoles.edits(caller, view.article().organisation)))
                .tag(new EntityTag(String.valueOf(view.article().version))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("content-editor")
    @Operation(summary = "Change who the article is for and what it links to; If-Match with the version read")
    @APIResponse(responseCode = "200", description = "The article as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleResponses.ArticleResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The article's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response updateMetadata(@PathParam("id") UUID id, @Valid @NotNull MetadataRequest request,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Caller caller = callers.current();
        Article article = articles.updateMetadata(id, RequestValues.ifMatchVersion(ifMatch), request.toMetadata(), caller);
        return Response.ok(ArticleResponses.ArticleResponse.of(articles.read(article.id, caller), true))
                .tag(new EntityTag(String.valueOf(article.version))).build();
    }

    @GET
    @Path("/{id}/translations/{language}")
    @PermitAll
    @Operation(summary = "The published text as sanitised HTML (the view is counted); copy=working gives editors the Markdown working copy")
    @APIResponse(responseCode = "200", description = "The published text, or the working copy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleResponses.TextResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The version of the copy given, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response text(@PathParam("id") UUID id, @PathParam("language") String language,
                         @QueryParam("copy") @DefaultValue("published") @Pattern(regexp = "published|working") String copy) {
        boolean working = copy.equals("working");
        Translation translation = articles.readText(id, language, working, callers.current());
        return Response.ok(working ? ArticleResponses.TextResponse.working(translation)
                        : ArticleResponses.TextResponse.published(translation))
                .tag(new EntityTag(String.valueOf(working ? translation.version : translation.publishedVersion))).build();
    }

    @PUT
    @Path("/{id}/translations/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("content-editor")
    @Operation(summary = "Write a new version of a language version, or start a translation; it becomes a draft again (a published text stays visible until the new version is published)")
    @APIResponse(responseCode = "200", description = "The new working copy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleResponses.TextResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The working copy's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response edit(@PathParam("id") UUID id, @PathParam("language") String language, @Valid @NotNull TextRequest request,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Translation translation = articles.edit(id, language, RequestValues.ifMatchVersion(ifMatch), request.title(),
                request.body(), callers.current());
        return Response.ok(ArticleResponses.TextResponse.working(translation))
                .tag(new EntityTag(String.valueOf(translation.version))).build();
    }

    @POST
    @Path("/{id}/translations/{language}/submit")
    @RolesAllowed("content-editor")
    @Operation(summary = "Send a draft for review")
    public ArticleResponses.TextResponse submit(@PathParam("id") UUID id, @PathParam("language") String language) {
        return ArticleResponses.TextResponse.working(articles.submit(id, language, callers.current()));
    }

    @POST
    @Path("/{id}/translations/{language}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("content-editor")
    @Operation(summary = "Approve a text in review (not your own): published now, or at publishAt; archived at expireAt")
    public ArticleResponses.TextResponse approve(@PathParam("id") UUID id, @PathParam("language") String language,
                                                 String body) throws java.io.IOException {
        Approval given = optionalBody(body, Approval.class, new Approval(null, null));
        return ArticleResponses.TextResponse.working(articles.approve(id, language, given.publishAt(), given.expireAt(),
                callers.current()));
    }

    @POST
    @Path("/{id}/translations/{language}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("content-editor")
    @Operation(summary = "Return a text in review to its author as a draft, with a note")
    public ArticleResponses.TextResponse reject(@PathParam("id") UUID id, @PathParam("language") String language,
                                                String body) throws java.io.IOException {
        ReviewNote note = optionalBody(body, ReviewNote.class, new ReviewNote(null));
        if (note.note() != null && note.note().length() > 1000) {
            throw ProblemException.invalid("note", "at most 1000 characters");
        }
        return ArticleResponses.TextResponse.working(articles.reject(id, language, note.note(), callers.current()));
    }

    /** Workflow actions take an optional JSON body: none at all, or one with the optional fields. */
    private <T> T optionalBody(String body, Class<T> type, T empty) throws java.io.IOException {
        return body == null || body.isBlank() ? empty : mapper.readValue(body, type);
    }

    @POST
    @Path("/{id}/translations/{language}/archive")
    @RolesAllowed("content-editor")
    @Operation(summary = "Take a published or scheduled text out of use")
    public ArticleResponses.TextResponse archive(@PathParam("id") UUID id, @PathParam("language") String language) {
        return ArticleResponses.TextResponse.working(articles.archive(id, language, callers.current()));
    }

    @GET
    @Path("/{id}/translations/{language}/history")
    @RolesAllowed("content-editor")
    @Operation(summary = "Every version (who, when) and every workflow step of a language version")
    public ArticleResponses.HistoryResponse history(@PathParam("id") UUID id, @PathParam("language") String language) {
        Articles.HistoryView history = articles.history(id, language, callers.current());
        return new ArticleResponses.HistoryResponse(history.versions().stream().map(ArticleResponses.VersionResponse::of).toList(),
                history.steps().stream().map(ArticleResponses.StepResponse::of).toList());
    }

    @GET
    @Path("/{id}/translations/{language}/diff")
    @RolesAllowed("content-editor")
    @Operation(summary = "A unified diff between two versions")
    public ArticleResponses.DiffResponse diff(@PathParam("id") UUID id, @PathParam("language") String language,
                                              @QueryParam("from") @NotNull @Min(1) Integer from,
                                              @QueryParam("to") @NotNull @Min(1) Integer to) {
        return new ArticleResponses.DiffResponse(from, to, articles.diff(id, language, from, to, callers.current()));
    }

    @POST
    @Path("/{id}/translations/{language}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Was this helpful? Counted, and sent on as feedback")
    @APIResponse(responseCode = "202", description = "Counted; the comment goes on to feedback")
    public Response rate(@PathParam("id") UUID id, @PathParam("language") String language, @Valid @NotNull Rating rating) {
        articles.rate(id, language, rating.helpful(), rating.comment(), callers.current());
        return Response.accepted().build();
    }
}
