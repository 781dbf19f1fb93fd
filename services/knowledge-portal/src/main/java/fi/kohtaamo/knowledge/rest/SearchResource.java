package fi.kohtaamo.knowledge.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.knowledge.service.Articles;
import fi.kohtaamo.knowledge.service.Search;
import fi.kohtaamo.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
@PermitAll
public class SearchResource {

    private final Search search;
    private final Callers callers;

    public SearchResource(Search search, Callers callers) {
        this.search = search;
        this.callers = callers;
    }

    /**
     * A hit: the snippet is safe HTML, the matching words in {@code <mark>}. {@code missingWords}:
     * when texts with only some of the query's words are on the page, the words none of them has.
     */
    public record SearchResponse(List<Search.Hit> results, boolean more, String didYouMean, List<String> missingWords) {
    }

    @GET
    @Operation(summary = "Search published articles: base forms, compound parts and stems per language, with or without diacritics; all words first, then texts with some of them (missingWords); title above body, highlighted snippets, filters, did you mean, prefix matching; internal articles for staff only")
    public SearchResponse search(@QueryParam("q") @NotBlank @Size(max = 200) String q,
                                 @QueryParam("language") @Pattern(regexp = "fi|sv|en", message = "fi, sv or en") String language,
                                 @QueryParam("serviceId") UUID serviceId,
                                 @QueryParam("group") String group,
                                 @QueryParam("audience") String audience,
                                 @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit,
                                 @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1000) int offset) {
        if (group != null && !Articles.SERVICE_GROUPS.contains(group)) {
            throw ProblemException.invalid("group", "one of the six service groups");
        }
        Search.Result result = search.search(new Search.Query(q, language, serviceId, group, audience, limit, offset),
                callers.current());
        return new SearchResponse(result.hits(), result.more(), result.didYouMean(), result.missingWords());
    }

    @GET
    @Path("/suggestions")
    @Operation(summary = "Articles that may answer a contact being written: any of its words, those linked to the service first")
    public List<Search.Hit> suggestions(@QueryParam("text") @NotBlank @Size(max = 5000) String text,
                                        @QueryParam("language") @DefaultValue("fi") @Pattern(regexp = "fi|sv|en", message = "fi, sv or en") String language,
                                        @QueryParam("serviceId") UUID serviceId,
                                        @QueryParam("limit") @DefaultValue("3") @Min(1) @Max(10) int limit) {
        return search.suggestions(text, language, serviceId, limit, callers.current());
    }
}
