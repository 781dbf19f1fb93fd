package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

@RegisterRestClient(configKey = "contact-routing")
@RegisterClientHeaders
@Path("/api/v1/contacts")
public interface ContactClient {

    @POST
    Created submit(NewContact contact);

    /** A contact as its client follows it, with its code and secret. */
    @POST
    @Path("/lookup")
    Tracked lookup(Tracking tracking);

    /** The client writes on their contact: an answer, or a message that reopens it. */
    @POST
    @Path("/lookup/messages")
    Tracked write(Message message);

    /** A lost code: new secrets of the address's open matters are e-mailed to it (202 whether it has any or not; 429 too often). */
    @POST
    @Path("/lookup/recovery")
    void recover(Recovery recovery);

    record Recovery(String email) {
    }

    /** The signed-in citizen's own contacts, newest first (their token is passed on). */
    @jakarta.ws.rs.GET
    @Path("/mine")
    java.util.List<Tracked> mine();

    /** Who of the staff has opened the signed-in citizen's contacts, newest first. */
    @jakarta.ws.rs.GET
    @Path("/mine/reads")
    java.util.List<Read> readsOfMine();

    /** One of the signed-in citizen's own contacts. */
    @jakarta.ws.rs.GET
    @Path("/{id}")
    Tracked own(@jakarta.ws.rs.PathParam("id") UUID id);

    /** The signed-in citizen writes on their own contact. */
    @POST
    @Path("/{id}/messages")
    Tracked writeOwn(@jakarta.ws.rs.PathParam("id") UUID id, Text text);

    record Text(String text) {
    }

    record Read(java.time.Instant at, String organisation, String roles, String action, String trackingCode) {
    }

    record Tracking(String trackingCode, String accessSecret) {
    }

    record Message(String trackingCode, String accessSecret, String text) {
    }

    record Tracked(UUID id, String trackingCode, String status, boolean waitingForYou, java.time.Instant receivedAt,
                   java.time.Instant resolvedAt, String resolutionCode, String resolutionJustification,
                   String surveyUrl, java.time.Instant personalDataRemovedAt, java.util.List<Entry> history) {
    }

    record Entry(java.time.Instant at, String kind, String from, String text) {
    }

    record NewContact(UUID serviceId, String description, String language, Details contact,
                      java.util.Map<String, Object> attributes) {
    }

    record Details(String name, String email, String phone) {
    }

    record Created(UUID id, String trackingCode, String accessSecret, String status) {
    }

    /** The times a client may choose to be called back about a service (none: triage's), local dates and HH:mm. */
    @jakarta.ws.rs.GET
    @Path("/callback-slots")
    java.util.List<Slot> callBackSlots(@jakarta.ws.rs.QueryParam("serviceId") UUID serviceId,
                                       @jakarta.ws.rs.QueryParam("language") String language);

    /** A call-back request: a contact with the number to call and the times chosen. */
    @POST
    Created submitCallBack(NewCallBack contact);

    record Slot(java.time.LocalDate date, String from, String to) {
        /** The form's value for this time, as the page posts it back. */
        public String value() {
            return date + "T" + from + "/" + to;
        }
    }

    record NewCallBack(UUID serviceId, String description, String language, Details contact, CallBack callback) {
    }

    record CallBack(String phone, java.util.List<Slot> windows) {
    }
}
