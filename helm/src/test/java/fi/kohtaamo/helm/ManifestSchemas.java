package fi.kohtaamo.helm;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schemas a cluster checks the chart's manifests against: the operators' CustomResourceDefinitions
 * and Kubernetes' own JSON schemas, vendored in {@code src/test/resources/schemas} (provenance in its
 * README). Validation is strict as the API server's is after pruning: a field the schema does not name
 * is an error unless the schema says {@code x-kubernetes-preserve-unknown-fields} or allows
 * {@code additionalProperties}. Formats and CEL rules are not checked.
 */
@SuppressWarnings("unchecked")
final class ManifestSchemas {

    static final Path DIRECTORY = Path.of("src/test/resources/schemas");

    private final Map<String, Map<String, Object>> byKind = new HashMap<>();
    private final Map<String, Object> objectMeta;

    private ManifestSchemas(Map<String, Object> objectMeta) {
        this.objectMeta = objectMeta;
    }

    static ManifestSchemas load() {
        Yaml yaml = new Yaml(largeDocuments());
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            ManifestSchemas schemas = new ManifestSchemas(
                    yaml.load(Files.readString(DIRECTORY.resolve("kubernetes-v1.32.2/objectmeta-meta-v1.json"))));
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json")) {
                    schemas.addKubernetes(yaml.load(Files.readString(file)));
                } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    for (Object document : yaml.loadAll(Files.readString(file))) {
                        schemas.addCrd((Map<String, Object>) document);
                    }
                }
            }
            return schemas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoaderOptions largeDocuments() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        options.setNestingDepthLimit(500);
        return options;
    }

    private void addKubernetes(Map<String, Object> schema) {
        for (Map<String, Object> gvk : (List<Map<String, Object>>) schema.getOrDefault("x-kubernetes-group-version-kind", List.of())) {
            String group = (String) gvk.get("group");
            String apiVersion = group.isEmpty() ? (String) gvk.get("version") : group + "/" + gvk.get("version");
            byKind.put(apiVersion + " " + gvk.get("kind"), schema);
        }
    }

    private void addCrd(Map<String, Object> crd) {
        if (crd == null || !"CustomResourceDefinition".equals(crd.get("kind"))) {
            return;
        }
        Map<String, Object> spec = (Map<String, Object>) crd.get("spec");
        String kind = (String) ((Map<String, Object>) spec.get("names")).get("kind");
        for (Map<String, Object> version : (List<Map<String, Object>>) spec.get("versions")) {
            if (Boolean.TRUE.equals(version.get("served"))) {
                Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) version.get("schema")).get("openAPIV3Schema");
                byKind.put(spec.get("group") + "/" + version.get("name") + " " + kind, schema);
            }
        }
    }

    /** The errors of one manifest, each with its path; "no schema" if its apiVersion and kind are unknown. */
    List<String> errors(Map<String, Object> manifest) {
        String key = manifest.get("apiVersion") + " " + manifest.get("kind");
        Map<String, Object> schema = byKind.get(key);
        if (schema == null) {
            return List.of("no schema for " + key + " (not served by the vendored operator versions)");
        }
        List<String> errors = new ArrayList<>();
        validate(manifest, schema, "", errors);
        validate(manifest.get("metadata"), objectMeta, ".metadata", errors);
        return errors;
    }

    private void validate(Object value, Map<String, Object> schema, String path, List<String> errors) {
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable")) && !typesOf(schema).contains("null") && schema.containsKey("type")) {
                errors.add(path + ": null");
            }
            return;
        }
        if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
            if (!(value instanceof Integer || value instanceof Long || value instanceof String)) {
                errors.add(path + ": neither integer nor string");
            }
            return;
        }
        List<String> types = typesOf(schema);
        if (!types.isEmpty() && types.stream().noneMatch(type -> is(value, type))) {
            errors.add(path + ": " + describe(value) + " is not " + types);
            return;
        }
        if (schema.get("enum") instanceof List<?> allowed && allowed.stream().noneMatch(option -> same(option, value))) {
            errors.add(path + ": " + value + " is not one of " + allowed);
        }
        checkBounds(value, schema, path, errors);
        for (Map<String, Object> all : (List<Map<String, Object>>) schema.getOrDefault("allOf", List.of())) {
            validate(value, all, path, errors);
        }
        checkAlternatives(value, schema, "anyOf", path, errors);
        checkAlternatives(value, schema, "oneOf", path, errors);
        if (value instanceof Map<?, ?> map) {
            checkObject((Map<String, Object>) map, schema, path, errors);
        } else if (value instanceof List<?> items && schema.get("items") instanceof Map<?, ?> itemSchema) {
            for (int i = 0; i < items.size(); i++) {
                validate(items.get(i), (Map<String, Object>) itemSchema, path + "[" + i + "]", errors);
            }
        }
    }

    private void checkObject(Map<String, Object> map, Map<String, Object> schema, String path, List<String> errors) {
        for (String required : (List<String>) schema.getOrDefault("required", List.of())) {
            if (!map.containsKey(required)) {
                errors.add(path + "." + required + ": required");
            }
        }
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        Object additional = schema.get("additionalProperties");
        boolean strict = (schema.containsKey("properties") || typesOf(schema).contains("object"))
                && !Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
        for (Map.Entry<String, Object> field : map.entrySet()) {
            String fieldPath = path + "." + field.getKey();
            if (path.isEmpty() && List.of("apiVersion", "kind", "metadata").contains(field.getKey())) {
                continue; // looked up by, and checked against ObjectMeta
            }
            Map<String, Object> fieldSchema = (Map<String, Object>) properties.get(field.getKey());
            if (fieldSchema != null) {
                validate(field.getValue(), fieldSchema, fieldPath, errors);
            } else if (additional instanceof Map<?, ?> additionalSchema) {
                validate(field.getValue(), (Map<String, Object>) additionalSchema, fieldPath, errors);
            } else if (strict && !Boolean.TRUE.equals(additional)) {
                errors.add(fieldPath + ": unknown field");
            }
        }
    }

    private void checkAlternatives(Object value, Map<String, Object> schema, String keyword, String path, List<String> errors) {
        List<Map<String, Object>> alternatives = (List<Map<String, Object>>) schema.get(keyword);
        if (alternatives == null) {
            return;
        }
        long matching = alternatives.stream().filter(alternative -> {
            List<String> found = new ArrayList<>();
            // An alternative constrains; the enclosing schema's properties still apply to its fields.
            validate(value, withoutStrictness(alternative), path, found);
            return found.isEmpty();
        }).count();
        if (matching == 0 || (keyword.equals("oneOf") && matching > 1)) {
            errors.add(path + ": matches " + matching + " of " + keyword + " " + alternatives);
        }
    }

    private static Map<String, Object> withoutStrictness(Map<String, Object> alternative) {
        if (alternative.containsKey("properties") || alternative.containsKey("additionalProperties")) {
            return alternative;
        }
        Map<String, Object> relaxed = new HashMap<>(alternative);
        relaxed.put("x-kubernetes-preserve-unknown-fields", true);
        return relaxed;
    }

    private static void checkBounds(Object value, Map<String, Object> schema, String path, List<String> errors) {
        if (value instanceof Number number) {
            if (schema.get("minimum") instanceof Number min && number.doubleValue() < min.doubleValue()) {
                errors.add(path + ": " + value + " below minimum " + min);
            }
            if (schema.get("maximum") instanceof Number max && number.doubleValue() > max.doubleValue()) {
                errors.add(path + ": " + value + " above maximum " + max);
            }
        }
        if (value instanceof String text) {
            if (schema.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(text).find()) {
                errors.add(path + ": '" + text + "' does not match " + pattern);
            }
            if (schema.get("minLength") instanceof Number min && text.length() < min.intValue()) {
                errors.add(path + ": shorter than " + min);
            }
            if (schema.get("maxLength") instanceof Number max && text.length() > max.intValue()) {
                errors.add(path + ": longer than " + max);
            }
        }
        if (value instanceof List<?> list && schema.get("minItems") instanceof Number min && list.size() < min.intValue()) {
            errors.add(path + ": fewer than " + min + " items");
        }
    }

    private static List<String> typesOf(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof String single) {
            return List.of(single);
        }
        return type == null ? List.of() : (List<String>) type;
    }

    private static boolean is(Object value, String type) {
        return switch (type) {
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "array" -> value instanceof List<?>;
            case "object" -> value instanceof Map<?, ?>;
            case "null" -> false;
            default -> throw new IllegalArgumentException("schema type " + type);
        };
    }

    private static boolean same(Object option, Object value) {
        return option == null ? value == null : option.equals(value) || option.toString().equals(value.toString());
    }

    private static String describe(Object value) {
        return value.getClass().getSimpleName() + " " + value;
    }
}
