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
 * Query and path parameters: {@link #refuseInParameters} before the resource method runs. Form
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
        for (MultivaluedMap<String, String> parameters : List.of(query, path)) {
            for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                if (holdsNul(parameter.getKey())) {
                    return "query";
                }
                for (String value : parameter.getValue()) {
                    if (holdsNul(value)) {
                        return parameter.getKey();
                    }
                }
            }
        }
        return null;
    }

    static boolean holdsNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }

    /** Runs before the resource method (after routing, so that path parameters are known). */
    @ServerRequestFilter
    public void refuseInParameters(UriInfo uri) {
        String field = offendingParameter(uri.getQueryParameters(), uri.getPathParameters());
        if (field != null) {
            throw ProblemException.invalid(field, MESSAGE);
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
