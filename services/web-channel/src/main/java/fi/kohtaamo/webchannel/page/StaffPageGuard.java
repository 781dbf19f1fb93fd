package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.i18n.Language;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static fi.kohtaamo.webchannel.page.PageSupport.forbidden;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;

/**
 * Who may open the pages that are not for everyone, in one place: nobody signed in is sent to
 * sign in (and back to the page afterwards); a signed-in user without the role gets a 403 page
 * saying they have no access to it (in the page's language, with the site's frame and navigation).
 * Another agency's object stays a 404, as if it did not exist: the pages themselves say so.
 */
public class StaffPageGuard {

    /** Each guarded section of the site and the roles that open it. */
    static final Map<String, Set<String>> SECTIONS = Map.of(
            "/work", Set.of("agent", "expert", "supervisor"),
            "/supervise", Set.of("supervisor"),
            "/manage", Set.of("manager", "steering", "supervisor"),
            "/my-data", Set.of("citizen"),
            "/edit", Set.of("content-editor"),
            "/feedback-queue", Set.of("feedback-handler", "manager"),
            "/audit", Set.of("auditor", "platform-auditor"),
            "/catalogue", Set.of("catalogue-admin"),
            "/registry", Set.of("registry-admin"));

    private final SecurityIdentity identity;
    private final PageFrame frame;

    public StaffPageGuard(SecurityIdentity identity, PageFrame frame) {
        this.identity = identity;
        this.frame = frame;
    }

    @ServerRequestFilter
    public Response guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Set<String> roles = SECTIONS.entrySet().stream()
                .filter(section -> path.equals(section.getKey()) || path.startsWith(section.getKey() + "/"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (roles == null) {
            return null;
        }
        if (identity.isAnonymous()) {
            // The simulator is a form on the rules page: come back to the page, not to the post.
            String back = path.startsWith("/supervise/rules") ? "/supervise/rules" : request.getUriInfo().getRequestUri().getRawPath();
            return redirect("/login?redirect=" + back);
        }
        if (roles.stream().noneMatch(identity::hasRole)) {
            Cookie remembered = request.getCookies().get(Language.COOKIE);
            List<String> requested = request.getUriInfo().getQueryParameters().get("lang");
            String language = Language.resolve(requested == null ? null : requested.get(0),
                    remembered == null ? null : remembered.getValue(), request.getHeaderString("Accept-Language"));
            return forbidden(frame.context(language, request.getUriInfo()), language);
        }
        return null;
    }
}
