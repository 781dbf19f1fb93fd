package fi.kohtaamo.problem;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, with 415, a change request whose body is of a type any web page can send to another
 * site without asking (a form: {@code application/x-www-form-urlencoded}, {@code multipart/form-data},
 * {@code text/plain}) unless the operation declares that type itself in {@code @Consumes}.
 * <p>
 * Why: the gateway relays a browser's session to the API, and operations that take no body, or an
 * optional one, matched whatever type came. A form on another site could then post to them with
 * the visitor's session, without the CORS preflight a JSON request needs. The gateway already
 * refuses cross-site requests made with a session; this holds the line in every service too, for
 * every operation at once instead of an annotation per method. Multipart uploads name
 * {@code multipart/form-data} and keep working.
 */
@Singleton
public class FormBodies {

    /** The CORS-safelisted request content types (Fetch standard): no preflight guards them. */
    static final Set<String> SIMPLE = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ServerRequestFilter
    public void refuseUndeclaredForms(ContainerRequestContext request, ResourceInfo resource) {
        if (CHANGES.contains(request.getMethod()) && refused(request.getMediaType(), resource.getResourceMethod())) {
            throw unsupported(request.getMediaType());
        }
    }

    /** Whether a body of this type is refused for this operation. */
    static boolean refused(MediaType type, Method method) {
        if (type == null || method == null) {
            return false;
        }
        String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        return SIMPLE.contains(essence) && !declared(method, essence);
    }

    private static boolean declared(Method method, String essence) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return false;
        }
        for (String value : consumes.value()) {
            for (String one : value.split(",")) {
                if (MediaType.valueOf(one.strip()).toString().toLowerCase(Locale.ROOT).startsWith(essence)) {
                    return true;
                }
            }
        }
        return false;
    }

    static ProblemException unsupported(MediaType type) {
        return new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                "This operation does not take " + type.getType() + "/" + type.getSubtype()
                        + "; send application/json, or no body where it takes none"));
    }
}
