package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.i18n.Language;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An address no page answers is the platform's 404 page (with the frame, the footer and the way
 * home), in the visitor's language, not the framework's bare error.
 */
public class UnknownPaths {

    private final PageFrame frame;

    public UnknownPaths(PageFrame frame) {
        this.frame = frame;
    }

    @ServerExceptionMapper
    public Response unknown(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        var cookie = headers.getCookies().get(Language.COOKIE);
        String language = Language.resolve(uri.getQueryParameters().getFirst("lang"), cookie == null ? null : cookie.getValue(),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return PageSupport.notFound(frame.context(language, uri), language);
    }
}
