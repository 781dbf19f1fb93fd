package fi.kohtaamo.feedback.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.feedback.domain.FeedbackTheme;
import fi.kohtaamo.feedback.service.Themes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

@Path("/api/v1/feedback-themes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
public class FeedbackThemeResource {

    private final Themes themes;
    private final Callers callers;

    public FeedbackThemeResource(Themes themes, Callers callers) {
        this.themes = themes;
        this.callers = callers;
    }

    public record ThemeView(String code, Map<String, String> name, List<String> keywords) {
        static ThemeView of(FeedbackTheme theme) {
            return new ThemeView(theme.code, Map.of("fi", theme.nameFi, "sv", theme.nameSv, "en", theme.nameEn),
                    theme.keywords);
        }
    }

    public record ThemeInput(Map<String, String> name, List<String> keywords) {
    }

    @GET
    @RolesAllowed({"feedback-handler", "manager"})
    @Operation(summary = "The organisation's feedback themes")
    public List<ThemeView> list() {
        return themes.list(callers.current().requireOrganisation()).stream().map(ThemeView::of).toList();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("manager")
    @Operation(summary = "Create or change a theme: names in fi, sv and en, and keywords that suggest it")
    public ThemeView put(@PathParam("code") String code, ThemeInput input) {
        Map<String, String> name = input == null || input.name() == null ? Map.of() : input.name();
        return ThemeView.of(themes.put(callers.current().requireOrganisation(), code,
                new Themes.ThemeInput(name.get("fi"), name.get("sv"), name.get("en"),
                        input == null ? null : input.keywords())));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed("manager")
    @Operation(summary = "Remove a theme (feedback already tagged keeps the code)")
    public void delete(@PathParam("code") String code) {
        themes.delete(callers.current().requireOrganisation(), code);
    }
}
