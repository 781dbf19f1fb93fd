package fi.kohtaamo.gateway.proxy;

import io.vertx.core.http.HttpMethod;

import java.util.Set;

/**
 * Whether a request that rides on the browser's session may change data. The session cookie is
 * {@code SameSite=Lax}, which still lets a page on a sibling site (same registrable domain) post
 * with it; so an unsafe method with the session is accepted only when the browser says it came
 * from a page of this origin: {@code Sec-Fetch-Site: same-origin}, or, from browsers that do not
 * send that, an {@code Origin} equal to this origin. Requests with a bearer token carry no ambient
 * authority and are not checked.
 */
public final class CrossSiteCheck {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private CrossSiteCheck() {
    }

    /**
     * @param selfOrigin this gateway's origin as the browser sees it, e.g. {@code https://kohtaamo.fi}
     */
    public static boolean allows(HttpMethod method, String secFetchSite, String origin, String selfOrigin) {
        if (SAFE.contains(method)) {
            return true;
        }
        if (secFetchSite != null) {
            return secFetchSite.trim().equalsIgnoreCase("same-origin");
        }
        return origin != null && origin.trim().equalsIgnoreCase(selfOrigin);
    }
}
