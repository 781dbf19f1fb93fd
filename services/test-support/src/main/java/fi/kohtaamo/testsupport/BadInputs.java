package fi.kohtaamo.testsupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bad values the bad-input passes send (the end-to-end {@code BadInputIT} through the gateway,
 * and each service's {@code RefusedRequestsTest} in its own tests), read from an OpenAPI document as
 * parsed JSON: a plain body the schema allows, and for a value of a schema the ways to spoil it.
 */
public final class BadInputs {

    public static final String LONG = "a".repeat(100_000);

    private BadInputs() {
    }

    /** One bad value; {@code mustBeRefused}: no service may accept it (a NUL, a wrong type, a bad enum or UUID). */
    public record Spoilt(String what, Object value, boolean mustBeRefused) {
    }

    /** The bad values for a value of this schema. */
    @SuppressWarnings("unchecked")
    public static List<Spoilt> spoilings(Map<String, Object> schema) {
        String type = String.valueOf(schema.get("type"));
        List<Spoilt> bad = new ArrayList<>();
        bad.add(new Spoilt("null", null, false));
        switch (type) {
            case "string" -> {
                bad.add(new Spoilt("NUL", "a\u0000b", true));
                bad.add(new Spoilt("100,000 characters", LONG, false));
                bad.add(new Spoilt("an object", Map.of("a", 1), true));
                bad.add(new Spoilt("traversal", "../../../etc/passwd", false));
                if (schema.get("enum") != null) {
                    bad.add(new Spoilt("bad enum", "NO_SUCH_VALUE", true));
                }
                if ("uuid".equals(schema.get("format"))) {
                    bad.add(new Spoilt("bad UUID", "not-a-uuid", true));
                }
                if ("date-time".equals(schema.get("format")) || "date".equals(schema.get("format"))) {
                    bad.add(new Spoilt("bad date", "31.13.2026", true));
                }
            }
            case "integer", "number" -> {
                bad.add(new Spoilt("text", "abc", true));
                bad.add(new Spoilt("huge", new BigDecimal("1e30"), false));
                bad.add(new Spoilt("negative", -1, false));
            }
            case "boolean" -> bad.add(new Spoilt("text", "maybe", true));
            case "array" -> {
                bad.add(new Spoilt("not a list", "x", false));
                Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of());
                if ("string".equals(items.get("type"))) {
                    bad.add(new Spoilt("a NUL item", List.of("a\u0000b"), true));
                }
            }
            case "object" -> bad.add(new Spoilt("a number", 42, true));
            default -> bad.add(new Spoilt("NUL", "a\u0000b", false));
        }
        return bad;
    }

    /** A plain value the schema allows, to start each request from. */
    @SuppressWarnings("unchecked")
    public static Object sample(Map<String, Object> document, Map<String, Object> raw, int depth) {
        Map<String, Object> schema = resolve(document, raw);
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        return switch (type) {
            case "string" -> switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date-time" -> "2026-01-05T10:00:00Z";
                case "date" -> "2026-01-05";
                case "email" -> "someone@example.org";
                default -> "Kokeilu";
            };
            case "integer", "number" -> 1;
            case "boolean" -> false;
            case "array" -> List.of();
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < 3) {
                    ((Map<String, Object>) schema.getOrDefault("properties", Map.of()))
                            .forEach((name, property) -> object.put(name, sample(document, (Map<String, Object>) property, depth + 1)));
                }
                yield object;
            }
        };
    }

    /** A schema with its {@code $ref} (or a single allOf/oneOf member) followed. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> schema) {
        Map<String, Object> current = schema == null ? Map.of() : schema;
        for (int hops = 0; hops < 5; hops++) {
            if (current.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
                Map<String, Object> components = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
                current = (Map<String, Object>) components.get(ref.substring("#/components/schemas/".length()));
            } else if (current.get("allOf") instanceof List<?> all && all.size() == 1) {
                current = (Map<String, Object>) all.get(0);
            } else if (current.get("oneOf") instanceof List<?> one && !one.isEmpty()) {
                current = (Map<String, Object>) one.get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    /** The operation's JSON body schema; null without one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> bodySchema(Map<String, Object> spec) {
        Map<String, Object> body = (Map<String, Object>) spec.get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
        Map<String, Object> media = (Map<String, Object>) content.get("application/json");
        return media == null ? null : (Map<String, Object>) media.get("schema");
    }

    /** The document's operation of this method and path. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> operation(Map<String, Object> document, String method, String path) {
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Map<String, Object> item = (Map<String, Object>) paths.get(path);
        return (Map<String, Object>) item.get(method.toLowerCase());
    }
}
