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

    record NewContact(UUID serviceId, String description, String language, Details contact,
                      java.util.Map<String, Object> attributes) {
    }

    record Details(String name, String email, String phone) {
    }

    record Created(UUID id, String trackingCode, String accessSecret, String status) {
    }
}
