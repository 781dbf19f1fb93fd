package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.catalogue.domain.Channel;
import fi.kohtaamo.catalogue.service.CatalogueQueries;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

@Path("/api/v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels")
@PermitAll
@Transactional(Transactional.TxType.SUPPORTS)
public class ChannelResource {

    private final CatalogueQueries queries;

    public ChannelResource(CatalogueQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A service channel with its hours and whether it is open now (Europe/Helsinki)")
    public ServiceResponses.ChannelView get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Channel channel = queries.channel(id);
        return ServiceResponses.ChannelView.of(channel, Languages.pick(acceptLanguage), Instant.now());
    }
}
