package fi.kohtaamo.webchannel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The domain services' OpenAPI documents as their own builds store them
 * ({@code quarkus.smallrye-openapi.store-schema-directory=target/openapi}), and the check of a
 * stub's answer against them: the operation must exist, a success must be documented, and a JSON
 * body must follow the documented schema, with no property the producer does not have. So a
 * producer that renames, drops or retypes a field breaks the page test that stubs it. (An
 * operation that returns a bare JAX-RS {@code Response} documents its body as any JSON; only its
 * existence is checked.)
 */
final class ServiceContracts {

    /** The services the pages call, each a sibling module whose build stores its document. */
    static final List<String> SERVICES = List.of("service-catalogue", "contact-routing", "feedback", "client-registry",
            "knowledge-portal", "webhooks");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static ServiceContracts loaded;

    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private record Operation(String service, String method, String template, Pattern pattern, JsonNode node,
                             JsonNode components) {
        int parameters() {
            return template.split("\\{", -1).length - 1;
        }
    }

    private ServiceContracts(Path servicesDirectory) {
        for (String service : SERVICES) {
            Path document = servicesDirectory.resolve(service).resolve("target/openapi/openapi.json");
            if (!Files.isRegularFile(document)) {
                throw new IllegalStateException(document + " is missing: build the domain services first"
                        + " (./mvnw -pl services/web-channel -am package, or install), which stores their OpenAPI documents");
            }
            JsonNode openapi = read(document);
            JsonNode components = strict(openapi.path("components").deepCopy());
            openapi.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                    operations.add(new Operation(service, method.getKey().toUpperCase(), path.getKey(),
                            Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+")), method.getValue(), components))));
        }
    }

    /** The documents of the services beside this module, read once. */
    static synchronized ServiceContracts load() {
        if (loaded == null) {
            loaded = new ServiceContracts(Path.of("..").toAbsolutePath().normalize());
        }
        return loaded;
    }

    /** The producing service and its path template for a call, if any service documents it. */
    Optional<String> operation(String method, String path) {
        return find(method, path).map(op -> op.service() + " " + op.method() + " " + op.template());
    }

    /**
     * What is wrong with an answer to {@code method path}, in words, or nothing. A 4xx/5xx answer
     * is a problem document (RFC 9457) that the services do not describe per operation, so only
     * its operation is checked.
     */
    List<String> check(String method, String path, int status, String body) {
        Optional<Operation> found = find(method, path);
        if (found.isEmpty()) {
            return List.of("no service documents " + method + " " + path);
        }
        Operation op = found.get();
        String where = op.service() + " " + op.method() + " " + op.template();
        if (status >= 400) {
            return List.of();
        }
        JsonNode response = documented(op.node().path("responses"), status);
        if (response == null) {
            List<String> documented = new ArrayList<>();
            op.node().path("responses").fieldNames().forEachRemaining(documented::add);
            return List.of(where + " documents no " + status + " (it documents " + documented + ")");
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (body == null || body.isEmpty() || schema.isMissingNode()) {
            return schema.isMissingNode() && body != null && !body.isEmpty()
                    ? List.of(where + " " + status + " documents no JSON body") : List.of();
        }
        JsonSchema validator = schemas.computeIfAbsent(where + " " + status, key -> {
            ObjectNode root = schema.deepCopy();
            root.set("components", op.components());
            return FACTORY.getSchema(root);
        });
        try {
            return validator.validate(MAPPER.readTree(body)).stream().map(ValidationMessage::getMessage)
                    .map(message -> where + " " + status + ": " + message).toList();
        } catch (IOException e) {
            return List.of(where + ": the stub's body is not JSON: " + e.getMessage());
        }
    }

    /**
     * The documented answer for a status. An operation that returns a JAX-RS {@code Response}
     * is documented as 200 whatever status it sets (201 for a created contact), so a success
     * status the document lacks is read as its documented success.
     */
    private static JsonNode documented(JsonNode responses, int status) {
        if (responses.has(String.valueOf(status))) {
            return responses.get(String.valueOf(status));
        }
        if (status >= 200 && status < 300) {
            for (String code : List.of("200", "201", "204")) {
                if (responses.has(code)) {
                    return responses.get(code);
                }
            }
        }
        return null;
    }

    /** The most specific documented operation: /contacts/mine before /contacts/{id}. */
    private Optional<Operation> find(String method, String path) {
        return operations.stream().filter(op -> op.method().equals(method) && op.pattern().matcher(path).matches())
                .min(Comparator.comparingInt(Operation::parameters));
    }

    /**
     * The producer's schemas, closed: an object schema with named properties admits no others, so a
     * stub that still sends a renamed field fails instead of passing unnoticed. A property it does
     * not require may be null: the generated document does not say, and Jackson sends null fields
     * unless the producer's record is {@code NON_NULL}.
     */
    private static JsonNode strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("properties") instanceof ObjectNode properties) {
                if (!object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                    object.put("unevaluatedProperties", false);
                }
                List<String> required = new ArrayList<>();
                object.path("required").forEach(name -> required.add(name.asText()));
                List<String> names = new ArrayList<>();
                properties.fieldNames().forEachRemaining(names::add);
                names.stream().filter(name -> !required.contains(name)).forEach(name ->
                        properties.set(name, nullable(properties.get(name))));
            }
            object.properties().forEach(child -> strict(child.getValue()));
        } else if (node.isArray()) {
            node.forEach(ServiceContracts::strict);
        }
        return node;
    }

    /** A schema that also admits null: a plain type gains "null", anything else (a $ref) an anyOf. */
    private static JsonNode nullable(JsonNode schema) {
        if (schema instanceof ObjectNode plain && plain.path("type").isTextual() && !plain.has("enum")) {
            ObjectNode copy = plain.deepCopy();
            copy.putArray("type").add(plain.get("type").asText()).add("null");
            return copy;
        }
        ObjectNode nullable = MAPPER.createObjectNode();
        nullable.putArray("anyOf").add(schema).addObject().put("type", "null");
        return nullable;
    }

    private static JsonNode read(Path document) {
        try {
            return MAPPER.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
