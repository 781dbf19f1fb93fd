package fi.kohtaamo.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Refuses the NUL character (U+0000) in every string a request carries, as a 400 naming the
 * field, in one place for every service. PostgreSQL cannot store U+0000 in text, so without this
 * such input reached the database and answered 500; no legitimate text contains it.
 * <p>
 * JSON bodies: every string Jackson binds (a field, a list element, a map value) goes through
 * {@link #module()}, whose refusal {@link ProblemMappers} reports with the field's JSON path.
 * Query and path parameters: {@link #refuseInParameters} before the resource method runs (which
 * also holds boolean query parameters to "true" or "false"). Form
 * parameters are read by the resource and bound by Bean Validation; the services take JSON.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    static final String MESSAGE = "must not contain the NUL character (U+0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** A Jackson module whose string deserializer refuses U+0000. */
    public static SimpleModule module() {
        return new SimpleModule("kohtaamo-no-nul").addDeserializer(String.class, new Strings());
    }

    /** The first parameter (query before path) whose name or a value holds U+0000; null when none does. */
    static String offendingParameter(MultivaluedMap<String, String> query, MultivaluedMap<String, String> path) {
        String field = nulFieldIn(query, "query");
        return field != null ? field : nulFieldIn(path, "query");
    }

    /**
     * The name of the first parameter whose value holds U+0000, or {@code badName} when a name
     * itself does; null when none. For bodies read as parameters (a form), which the request filter
     * does not see: the resource refuses with its own error format.
     */
    public static String nulFieldIn(MultivaluedMap<String, String> parameters, String badName) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (holdsNul(parameter.getKey())) {
                return badName;
            }
            for (String value : parameter.getValue()) {
                if (holdsNul(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    /**
     * For a body taken as a free-form {@link com.fasterxml.jackson.databind.JsonNode} (which
     * {@link #module()} does not see): the JSON path of the first text or name holding U+0000, or
     * null. Refuse with {@code ProblemException.invalid(path, MESSAGE)}.
     */
    public static String nulPathIn(com.fasterxml.jackson.databind.JsonNode node, String path) {
        if (node.isTextual()) {
            return holdsNul(node.textValue()) ? path : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = nulPathIn(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (var field : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) node::fields) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                String found = holdsNul(field.getKey()) ? child : nulPathIn(field.getValue(), child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Refuses U+0000 anywhere in a free-form JSON body, naming where. */
    public static void refuseIn(com.fasterxml.jackson.databind.JsonNode body) {
        String path = nulPathIn(body, "");
        if (path != null) {
            throw ProblemException.invalid(path.isEmpty() ? "body" : path, MESSAGE);
        }
    }

    static boolean holdsNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }

    /** Runs before the resource method (after routing, so that path parameters are known). */
    @ServerRequestFilter
    public void refuseInParameters(UriInfo uri, ResourceInfo resource) {
        String field = offendingParameter(uri.getQueryParameters(), uri.getPathParameters());
        if (field != null) {
            throw ProblemException.invalid(field, MESSAGE);
        }
        refuseLooseBooleans(resource.getResourceMethod(), uri.getQueryParameters());
    }

    /**
     * A boolean query parameter is "true" or "false": JAX-RS reads any other text ("maybe", "1",
     * "yes") as false, which silently answers another question than the one asked.
     */
    static void refuseLooseBooleans(java.lang.reflect.Method method, MultivaluedMap<String, String> query) {
        if (method == null) {
            return;
        }
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            jakarta.ws.rs.QueryParam name = parameter.getAnnotation(jakarta.ws.rs.QueryParam.class);
            if (name == null || (parameter.getType() != boolean.class && parameter.getType() != Boolean.class)) {
                continue;
            }
            for (String value : query.getOrDefault(name.value(), List.of())) {
                if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
                    throw ProblemException.invalid(name.value(), "must be true or false");
                }
            }
        }
    }

    private static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (holdsNul(value)) {
                throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
