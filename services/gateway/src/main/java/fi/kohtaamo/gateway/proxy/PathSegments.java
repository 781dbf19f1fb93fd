package fi.kohtaamo.gateway.proxy;

import java.util.Locale;

/** Whether a request path is plain: what the gateway routes by is what the service will resolve. */
final class PathSegments {

    private PathSegments() {
    }

    /**
     * No {@code .} or {@code ..} segment (also percent-encoded), no encoded slash or backslash, no
     * backslash, no {@code ;} (path parameters). Such a path would be resolved differently by the
     * service than by the gateway's prefix match.
     */
    static boolean plain(String path) {
        if (path == null || path.indexOf(';') >= 0 || path.indexOf('\\') >= 0) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%3b")) {
            return false;
        }
        String decodedDots = lower.replace("%2e", ".");
        for (String segment : decodedDots.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
