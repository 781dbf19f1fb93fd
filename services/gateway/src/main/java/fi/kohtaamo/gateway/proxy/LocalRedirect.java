package fi.kohtaamo.gateway.proxy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Where sign-in may send the browser back to: a normalised path on this origin, never another site.
 *
 * <p>Browsers strip tabs and newlines from URLs, read {@code \} as {@code /} and resolve dot
 * segments (also percent-encoded ones), so {@code /\t/evil.example}, {@code /\evil.example} and
 * {@code /..//evil.example} all lead off-site when put in a {@code Location} header. Rather than
 * list the hostile forms, this accepts only RFC 3986 path and query characters, resolves dot
 * segments and collapses empty ones, so the result always starts with exactly one {@code /}.
 * Anything else goes to {@code /}.
 */
public final class LocalRedirect {

    private static final String HOME = "/";
    /** RFC 3986 unreserved, sub-delims, ':', '@', '/', '?' and '%' (checked as an escape below). */
    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?%";

    private LocalRedirect() {
    }

    /** {@code target} as a path on this origin, or {@code /} when it is not plainly one. */
    public static String of(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || !plain(target)) {
            return HOME;
        }
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question);
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        for (String segment : parts) {
            String dots = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (segment.isEmpty() || dots.equals(".")) {
                continue;
            }
            if (dots.equals("..")) {
                if (segments.isEmpty()) {
                    return HOME;
                }
                segments.removeLast();
                continue;
            }
            segments.addLast(segment);
        }
        String last = parts[parts.length - 1];
        boolean directory = last.isEmpty() && !segments.isEmpty();
        return HOME + String.join("/", segments) + (directory ? "/" : "") + query;
    }

    private static boolean plain(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (ALLOWED.indexOf(c) < 0) {
                return false;
            }
            if (c == '%' && (i + 2 >= target.length() || !hex(target.charAt(i + 1)) || !hex(target.charAt(i + 2)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
