package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.i18n.Language;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds each page's frame: the language in force and the signed-in user. */
@RequestScoped
public class PageFrame {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public PageFrame(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public PageContext context(String language, UriInfo uri) {
        List<PageContext.LanguageLink> links = Language.SUPPORTED.stream()
                .map(code -> {
                    URI target = uri.getRequestUriBuilder().replaceQueryParam("lang", code).build();
                    return new PageContext.LanguageLink(code, target.getRawPath() + "?" + target.getRawQuery(),
                            code.equals(language));
                })
                .toList();
        String loginHref = "/login?redirect=" + URLEncoder.encode(uri.getRequestUri().getRawPath(), StandardCharsets.UTF_8);
        boolean signedIn = !identity.isAnonymous();
        return new PageContext(language, links, signedIn, signedIn ? displayName() : null, loginHref,
                hasAny("agent", "expert", "supervisor"), identity.hasRole("supervisor"), hasAny("manager", "steering"),
                identity.hasRole("citizen"), identity.hasRole("content-editor"),
                hasAny("feedback-handler", "manager"), hasAny("auditor", "platform-auditor"),
                identity.hasRole("catalogue-admin"), identity.hasRole("registry-admin"));
    }

    /** A rendered page in its language, remembering an explicit language choice. */
    public static jakarta.ws.rs.core.Response.ResponseBuilder respond(io.quarkus.qute.TemplateInstance template,
                                                                       String language, String explicitLanguage, int status) {
        jakarta.ws.rs.core.Response.ResponseBuilder response = jakarta.ws.rs.core.Response.status(status)
                .entity(template.setLocale(java.util.Locale.forLanguageTag(language)))
                .header("Content-Language", language);
        if (Language.isSupported(explicitLanguage)) {
            response.cookie(languageCookie(explicitLanguage));
        }
        return response;
    }

    /** Remembers an explicit language choice for a year. */
    public static NewCookie languageCookie(String language) {
        return new NewCookie.Builder(Language.COOKIE).value(language).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
    }

    private boolean hasAny(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    private String displayName() {
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        return name != null ? name : identity.getPrincipal().getName();
    }
}
