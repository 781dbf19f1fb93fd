package fi.kohtaamo.gateway.proxy;

import java.util.List;

/**
 * The upload routes: POSTs to paths like {@code /api/v1/contacts/*}{@code /attachments}, where
 * {@code *} is exactly one path segment. Only these may carry bodies over the general limit.
 */
final class UploadPaths {

    private final List<String[]> patterns;

    UploadPaths(List<String> patterns) {
        this.patterns = patterns.stream().map(pattern -> pattern.split("/", -1)).toList();
    }

    boolean matches(String method, String path) {
        if (!"POST".equals(method)) {
            return false;
        }
        String[] segments = path.split("/", -1);
        return patterns.stream().anyMatch(pattern -> matches(pattern, segments));
    }

    private static boolean matches(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            boolean any = pattern[i].equals("*") && !segments[i].isEmpty();
            if (!any && !pattern[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }
}
