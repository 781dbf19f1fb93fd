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

    /** Published services of a service group, target group and life event (each optional). */
    @GET
    List<Service> browse(@jakarta.ws.rs.QueryParam("group") String group, @jakarta.ws.rs.QueryParam("targetGroup") String targetGroup,
                         @jakarta.ws.rs.QueryParam("lifeEvent") String lifeEvent);

    /** Published services whose names, summaries or keywords match the text. */
    @GET
    List<Service> search(@jakarta.ws.rs.QueryParam("q") String query);

    /** A service's page: its texts, channels with hours and whether they are open now. */
    @GET
    @Path("/{id}")
    Detail detail(@PathParam("id") UUID id);

    record Detail(UUID id, String code, String group, Texts name, Texts summary, DetailTexts texts, String organisation,
                  List<Channel> channels) {
    }

    record DetailTexts(Texts description, Texts userInstructions, Texts processingTime) {
    }

    record Channel(UUID id, String type, Texts name, ChannelContact contact, Hours hours, OpenState openNow) {
    }

    record ChannelContact(String email, String phone, String url) {
    }

    record Hours(boolean alwaysOpen, List<Schedule> schedules) {
    }

    record Schedule(java.time.LocalDate validFrom, java.time.LocalDate validTo, List<Period> periods) {
    }

    record Period(java.time.DayOfWeek day, java.time.LocalTime opens, java.time.LocalTime closes) {
    }

    record OpenState(boolean open, java.time.Instant closesAt, java.time.Instant opensNext) {
    }

    /** A service's extra questions, from its detail. */
    @GET
    @Path("/{id}")
    Definition definition(@PathParam("id") UUID id);

    record Definition(UUID id, List<Question> attributes, Texts name) {
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
