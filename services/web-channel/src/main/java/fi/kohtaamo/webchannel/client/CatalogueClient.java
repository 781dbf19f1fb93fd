package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

@RegisterRestClient(configKey = "catalogue")
@RegisterClientHeaders
@Path("/api/v1/services")
public interface CatalogueClient {

    @GET
    List<Service> services();

    @GET
    @Path("/{id}")
    Service service(@PathParam("id") UUID id);

    /** A service's extra questions, from its detail. */
    @GET
    @Path("/{id}")
    Definition definition(@PathParam("id") UUID id);

    record Definition(UUID id, List<Question> attributes) {
    }

    /** One extra question: datatype STRING, TEXT, NUMBER, DATE, SINGLE_CHOICE or MULTI_CHOICE. */
    record Question(String code, String datatype, boolean required, int order, Texts description, List<Choice> values) {
    }

    record Choice(String key, Texts name) {
    }

    /** This channel's own view of a catalogue service. */
    record Service(UUID id, String code, String group, Texts name, Texts summary, String organisation) {
    }

    record Texts(String fi, String sv, String en) {
        public String in(String language) {
            String text = switch (language) {
                case "sv" -> sv;
                case "en" -> en;
                default -> fi;
            };
            return text != null ? text : fi;
        }
    }
}
