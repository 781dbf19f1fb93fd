package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.ArticleEditorClient;
import fi.kohtaamo.webchannel.client.CatalogueClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.EditorMessages;
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

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.commaList;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * The content editor's pages: the worklist, writing a new article, and one language version with
 * its preview, translation status, workflow steps and history. The knowledge portal renders the
 * preview (the same renderer and cleaner as publishing) and decides what the editor may do: its
 * own organisation's articles, and never approving a text they wrote. Who may open the pages at
 * all: {@link StaffPageGuard}.
 */
@Path("/edit")
@Produces(MediaType.TEXT_HTML)
public class EditorPages {

    static final List<String> STATUSES = List.of("DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED");
    static final List<String> AUDIENCES = List.of("PUBLIC", "INTERNAL");
    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 100_000;
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Logger LOG = Logger.getLogger(EditorPages.class);

    private final ArticleEditorClient articles;
    private final CatalogueClient catalogue;
    private final PageFrame frame;

    public EditorPages(@RestClient ArticleEditorClient articles, @RestClient CatalogueClient catalogue, PageFrame frame) {
        this.articles = articles;
        this.catalogue = catalogue;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(PageContext page, List<RowView> rows, List<String> statuses, String status,
                                                List<RowView> mostViewed, List<RowView> leastHelpful);

        static native TemplateInstance diff(PageContext page, String back, String title, int from, int to,
                                            List<DiffLine> lines);

        static native TemplateInstance newArticle(PageContext page, List<FeedbackPages.ServiceOption> services,
                                                  List<String> audiences, Map<String, String> form,
                                                  Map<String, String> errors, String preview);

        static native TemplateInstance text(PageContext page, ArticleView article, TextView text, Map<String, String> form,
                                            Map<String, String> errors, String preview, String notice, SourceView source,
                                            List<VersionView> versions, List<StepView> steps,
                                            List<FeedbackPages.ServiceOption> services, List<String> audiences);
    }

    public record RowView(String href, String language, String title, String status, int version, String updated,
                          long views, int helpfulYes, int helpfulNo) {
        static RowView of(ArticleEditorClient.Summary s) {
            return new RowView("/edit/articles/" + s.articleId() + "/" + s.language(), s.language(), s.title(), s.status(),
                    s.version(), s.updatedAt() == null ? "" : WHEN.format(s.updatedAt()), s.views(), s.helpfulYes(),
                    s.helpfulNo());
        }
    }

    /** A line of a unified diff: "added", "removed", "hunk" or "context". */
    public record DiffLine(String kind, String text) {
        static DiffLine of(String line) {
            String kind = line.startsWith("+++") || line.startsWith("---") ? "file"
                    : line.startsWith("@@") ? "hunk" : line.startsWith("+") ? "added" : line.startsWith("-") ? "removed" : "context";
            return new DiffLine(kind, line);
        }
    }

    public record LanguageView(String code, String translationStatus, String status, Integer version, String title,
                               String href, boolean current) {
    }

    public record ArticleView(String id, int version, String audience, String sourceLanguage, List<String> services,
                              List<String> tags, List<LanguageView> languages) {
    }

    /** The language version being edited: empty (status null) when the translation is not written yet. */
    public record TextView(String language, String status, Integer version, Integer publishedVersion, String published,
                           String submittedBy, String publishAt, boolean canSubmit, boolean canReview, boolean canArchive) {
    }

    /** The source language's text beside a translation, for the translator. */
    public record SourceView(String language, String title, String markdown) {
    }

    public record VersionView(int version, String title, String editedBy, String editedAt, String diffHref) {
    }

    public record StepView(int version, String from, String to, String actor, String at, String note) {
    }

    @GET
    public Response worklist(@QueryParam("status") String status, @QueryParam("lang") String lang,
                             @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                             @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String filter = status != null && STATUSES.contains(status) ? status : null;
        try {
            List<RowView> rows = articles.worklist(filter).stream().map(RowView::of).toList();
            List<RowView> mostViewed = report(() -> articles.mostViewed(5));
            List<RowView> leastHelpful = report(() -> articles.leastHelpful(5));
            return staffPage(Templates.worklist(frame.context(language, uri), rows, STATUSES, filter, mostViewed,
                    leastHelpful), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/new")
    public Response newForm(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return staffPage(Templates.newArticle(frame.context(language, uri), services(language, List.of()), AUDIENCES,
                Map.of("language", language, "audience", "PUBLIC"), Map.of(), null), language, lang, 200);
    }

    /** Previews or saves a new article; saving makes a draft and opens it. */
    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> kept = keep(form);
        List<String> serviceIds = form.getOrDefault("serviceId", List.of()).stream().filter(s -> !s.isBlank()).toList();
        Map<String, String> errors = validateText(kept);
        if (!Language.isSupported(kept.get("language"))) {
            errors.put("language", "error_generic");
        }
        errors.putAll(detailErrors(kept, serviceIds));
        List<String> tags = tags(kept.get("tags"));
        try {
            if (!errors.isEmpty() || "preview".equals(kept.get("action"))) {
                String preview = errors.isEmpty() ? preview(kept.get("body")) : null;
                return staffPage(Templates.newArticle(frame.context(language, uri), services(language, serviceIds),
                        AUDIENCES, kept, texts(EditorMessages.class, errors, language), preview), language, null, errors.isEmpty() ? 200 : 400);
            }
            ArticleEditorClient.Article created = articles.create(new ArticleEditorClient.NewArticle(kept.get("language"),
                    kept.get("title"), kept.get("body"), kept.get("audience"), serviceIds, List.of(), tags, List.of()));
            return redirect("/edit/articles/" + created.id() + "/" + kept.get("language") + "?notice=created");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                // The portal names the field (an unknown or withdrawn service, most likely).
                return staffPage(Templates.newArticle(frame.context(language, uri), services(language, serviceIds),
                        AUDIENCES, kept, texts(EditorMessages.class, Map.of(fieldOf(e), "error_generic"), language), null), language, null, 400);
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/articles/{id}/{language:fi|sv|en}")
    public Response text(@PathParam("id") String id, @PathParam("language") String textLanguage,
                         @QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return textPage(id, textLanguage, null, Map.of(), null, notice, language, lang, uri, 200);
    }

    /** Previews or saves a language version; a save names the version it replaces, so nobody's edit is lost. */
    @POST
    @Path("/articles/{id}/{language:fi|sv|en}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, @PathParam("language") String textLanguage,
                         MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> kept = keep(form);
        Map<String, String> errors = validateText(kept);
        String version = kept.getOrDefault("version", "");
        if (!version.isEmpty() && !version.matches("\\d{1,9}")) {
            errors.put("form", "error_generic");
        }
        UUID articleId = uuidOrNull(id);
        if (articleId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            if (!errors.isEmpty() || "preview".equals(kept.get("action"))) {
                String preview = errors.isEmpty() ? preview(kept.get("body")) : null;
                return textPage(id, textLanguage, kept, errors, preview, null, language, null, uri, errors.isEmpty() ? 200 : 400);
            }
            articles.edit(articleId, textLanguage, new ArticleEditorClient.TextRequest(kept.get("title"), kept.get("body")),
                    version.isEmpty() ? null : "\"" + version + "\"");
            return redirect("/edit/articles/" + id + "/" + textLanguage + "?notice=saved");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 412) {
                // Someone saved a newer version meanwhile: the editor's text stays in the form.
                return textPage(id, textLanguage, kept, Map.of("form", "error_edit_conflict"), null, null, language, null, uri, 409);
            }
            if (status == 400 || status == 403 || status == 409) {
                return textPage(id, textLanguage, kept, Map.of("form", status == 400 ? "error_generic" : "error_not_allowed"),
                        null, null, language, null, uri, status);
            }
            return status == 404 ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** A workflow step: send for review, approve (now or at a time), return with a note, archive. */
    @POST
    @Path("/articles/{id}/{language:fi|sv|en}/{step:submit|approve|reject|archive}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") String id, @PathParam("language") String textLanguage, @PathParam("step") String step,
                         MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID articleId = uuidOrNull(id);
        if (articleId == null) {
            return notFound(frame.context(language, uri), language);
        }
        Map<String, String> kept = keep(form);
        java.time.Instant publishAt = null;
        String at = kept.getOrDefault("publishAt", "");
        if (step.equals("approve") && !at.isEmpty()) {
            try {
                publishAt = LocalDateTime.parse(at).atZone(HELSINKI).toInstant();
            } catch (DateTimeParseException e) {
                return textPage(id, textLanguage, null, Map.of("publishAt", "error_publish_at"), null, null, language, null, uri, 400);
            }
        }
        String note = kept.getOrDefault("note", "");
        if (step.equals("reject") && note.length() > 1000) {
            return textPage(id, textLanguage, null, Map.of("note", "error_note_too_long"), null, null, language, null, uri, 400);
        }
        try {
            switch (step) {
                case "submit" -> articles.submit(articleId, textLanguage);
                case "approve" -> articles.approve(articleId, textLanguage, new ArticleEditorClient.Approval(publishAt, null));
                case "reject" -> articles.reject(articleId, textLanguage, new ArticleEditorClient.Note(note.isEmpty() ? null : note));
                default -> articles.archive(articleId, textLanguage);
            }
            return redirect("/edit/articles/" + id + "/" + textLanguage + "?notice=" + step);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 403 || status == 409 || status == 400) {
                String key = status == 403 && problemType(e).endsWith("self-review") ? "error_self_review"
                        : status == 400 ? "error_generic" : "error_step_not_allowed";
                return textPage(id, textLanguage, null, Map.of("form", key), null, null, language, null, uri, status);
            }
            return status == 404 ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** Who the article is for and what it is linked to; names the article version it replaces. */
    @POST
    @Path("/articles/{id}/{language:fi|sv|en}/details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response details(@PathParam("id") String id, @PathParam("language") String textLanguage,
                            MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID articleId = uuidOrNull(id);
        if (articleId == null) {
            return notFound(frame.context(language, uri), language);
        }
        Map<String, String> kept = keep(form);
        List<String> serviceIds = form.getOrDefault("serviceId", List.of()).stream().filter(v -> !v.isBlank()).toList();
        Map<String, String> errors = detailErrors(kept, serviceIds);
        List<String> tags = tags(kept.get("tags"));
        String version = kept.getOrDefault("articleVersion", "");
        if (!version.matches("\\d{1,9}")) {
            errors.put("form", "error_generic");
        }
        if (!errors.isEmpty()) {
            return textPage(id, textLanguage, null, errors, null, null, language, null, uri, 400);
        }
        try {
            ArticleEditorClient.Article article = articles.article(articleId);
            articles.updateMetadata(articleId, new ArticleEditorClient.Metadata(kept.get("audience"), serviceIds,
                    article.serviceGroups(), tags, article.categories()), "\"" + version + "\"");
            return redirect("/edit/articles/" + id + "/" + textLanguage + "?notice=details");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 412) {
                return textPage(id, textLanguage, null, Map.of("form", "error_edit_conflict"), null, null, language, null, uri, 409);
            }
            if (status == 400 || status == 403) {
                return textPage(id, textLanguage, null, Map.of(status == 400 ? fieldOf(e) : "form",
                        status == 400 ? "error_generic" : "error_not_allowed"), null, null, language, null, uri, status);
            }
            return status == 404 ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** What changed between two versions of a language version, as a unified diff. */
    @GET
    @Path("/articles/{id}/{language:fi|sv|en}/diff")
    public Response diff(@PathParam("id") String id, @PathParam("language") String textLanguage,
                         @QueryParam("from") Integer from, @QueryParam("to") Integer to, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        UUID articleId = uuidOrNull(id);
        if (articleId == null || from == null || to == null || from < 1 || to < 1) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            ArticleEditorClient.Diff diff = articles.diff(articleId, textLanguage, from, to);
            ArticleEditorClient.Working working = articles.working(articleId, textLanguage, "working");
            return staffPage(Templates.diff(frame.context(language, uri), "/edit/articles/" + id + "/" + textLanguage,
                    working.title(), from, to, diff.unifiedDiff().stream().map(DiffLine::of).toList()), language, lang, 200);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return status == 404 || status == 403 || status == 400 ? notFound(frame.context(language, uri), language)
                    : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** An editor's report; the worklist shows without it when the portal does not give it. */
    private static List<RowView> report(java.util.function.Supplier<List<ArticleEditorClient.Summary>> report) {
        try {
            return report.get().stream().map(RowView::of).toList();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.debugf("no report: %s", e.getMessage());
            return List.of();
        }
    }

    private Response textPage(String id, String textLanguage, Map<String, String> form, Map<String, String> errors,
                              String preview, String notice, String language, String explicit, UriInfo uri, int status) {
        UUID articleId = uuidOrNull(id);
        if (articleId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            ArticleEditorClient.Article article = articles.article(articleId);
            ArticleEditorClient.Language current = article.languages().stream()
                    .filter(l -> l.language().equals(textLanguage)).findFirst().orElse(null);
            if (current == null || article.languages().stream().allMatch(l -> l.status() == null)) {
                // Readers get the article too, without workflow status: the caller does not edit it.
                return notFound(frame.context(language, uri), language);
            }
            boolean written = current.status() != null;
            ArticleEditorClient.Working working = written ? articles.working(articleId, textLanguage, "working") : null;
            TextView text = working == null
                    ? new TextView(textLanguage, null, null, null, null, null, null, false, false, false)
                    : new TextView(textLanguage, working.status(), working.version(), working.publishedVersion(),
                    working.publishedAt() == null ? null : WHEN.format(working.publishedAt()), working.submittedBy(),
                    working.publishAt() == null ? null : WHEN.format(working.publishAt()),
                    working.status().equals("DRAFT"), working.status().equals("IN_REVIEW"),
                    working.status().equals("PUBLISHED") || working.status().equals("SCHEDULED"));
            Map<String, String> shown = form;
            if (shown == null) {
                shown = new LinkedHashMap<>();
                if (working != null) {
                    shown.put("title", working.title());
                    shown.put("body", working.markdown());
                    shown.put("version", String.valueOf(working.version()));
                }
            }
            SourceView source = null;
            if (!textLanguage.equals(article.sourceLanguage())) {
                ArticleEditorClient.Working original = articles.working(articleId, article.sourceLanguage(), "working");
                source = new SourceView(article.sourceLanguage(), original.title(), original.markdown());
            }
            List<VersionView> versions = List.of();
            List<StepView> steps = List.of();
            if (written) {
                ArticleEditorClient.History history = articles.history(articleId, textLanguage);
                versions = history.versions().stream().map(v -> new VersionView(v.version(), v.title(), v.editedBy(),
                        WHEN.format(v.editedAt()), v.version() > 1 ? "/edit/articles/" + articleId + "/" + textLanguage
                        + "/diff?from=" + (v.version() - 1) + "&to=" + v.version() : null)).toList().reversed();
                steps = history.steps().stream().map(s -> new StepView(s.version(), s.from(), s.to(), s.actor(),
                        WHEN.format(s.at()), s.note())).toList().reversed();
            }
            List<LanguageView> languages = article.languages().stream()
                    .map(l -> new LanguageView(l.language(), l.translationStatus(), l.status(), l.version(), l.title(),
                            "/edit/articles/" + articleId + "/" + l.language(), l.language().equals(textLanguage)))
                    .toList();
            ArticleView view = new ArticleView(articleId.toString(), article.version(), article.audience(),
                    article.sourceLanguage(), serviceNames(article.serviceIds(), language), article.tags(), languages);
            String noticeText = notice == null || !notice.matches("[a-z]{1,20}") ? null
                    : PageSupport.text(EditorMessages.class, "notice_article_" + notice, language);
            return staffPage(Templates.text(frame.context(language, uri), view, text, shown, texts(EditorMessages.class, errors, language),
                    preview, noticeText, source, versions, steps, services(language, article.serviceIds() == null ? List.of()
                            : article.serviceIds()), AUDIENCES), language, explicit, status);
        } catch (WebApplicationException e) {
            int code = e.getResponse().getStatus();
            if (code == 404 || code == 403) {
                return notFound(frame.context(language, uri), language);
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** The portal's own rendering of the Markdown; null when there is nothing to show. */
    private String preview(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        return articles.preview(new ArticleEditorClient.PreviewRequest(body)).html();
    }

    private List<String> serviceNames(List<String> ids, String language) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        FeedbackPages.serviceOptions(catalogue, language, null).forEach(o -> names.put(o.id(), o.name()));
        return ids.stream().map(id -> names.getOrDefault(id, id)).toList();
    }

    private List<FeedbackPages.ServiceOption> services(String language, List<String> selected) {
        return FeedbackPages.serviceOptions(catalogue, language, null).stream()
                .map(o -> new FeedbackPages.ServiceOption(o.id(), o.name(), selected.contains(o.id()))).toList();
    }

    /** Who the article is for and what it links to: the audience, the services' ids and the tags. */
    private static Map<String, String> detailErrors(Map<String, String> form, List<String> serviceIds) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!AUDIENCES.contains(form.getOrDefault("audience", ""))) {
            errors.put("audience", "error_generic");
        }
        if (serviceIds.stream().anyMatch(id -> uuidOrNull(id) == null)) {
            errors.put("serviceId", "error_service");
        }
        List<String> tags = tags(form.get("tags"));
        if (tags.size() > 20 || tags.stream().anyMatch(t -> t.length() > 50)) {
            errors.put("tags", "error_tags");
        }
        return errors;
    }

    private static Map<String, String> validateText(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = form.getOrDefault("title", "");
        if (title.isEmpty()) {
            errors.put("title", "error_title_required");
        } else if (title.length() > TITLE_MAX) {
            errors.put("title", "error_title_too_long");
        }
        if (form.getOrDefault("body", "").length() > BODY_MAX) {
            errors.put("body", "error_body_too_long");
        }
        return errors;
    }

    /** The form's single values, stripped (the body keeps its inner line breaks), without the CSRF token or services. */
    private static Map<String, String> keep(MultivaluedMap<String, String> form) {
        Map<String, String> kept = formValues(form);
        kept.remove("serviceId");
        return kept;
    }

    static List<String> tags(String text) {
        return commaList(text);
    }

    private static String fieldOf(WebApplicationException e) {
        String field = problem(e).path("violations").path(0).path("field").asText("");
        if (field.startsWith("serviceIds")) {
            return "serviceId";
        }
        return field.equals("title") || field.equals("body") || field.equals("tags") ? field : "form";
    }

    private static String problemType(WebApplicationException e) {
        return problem(e).path("type").asText("");
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("knowledge portal: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
