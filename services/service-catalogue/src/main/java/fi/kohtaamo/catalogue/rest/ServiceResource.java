package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.catalogue.domain.ServiceGroup;
import fi.kohtaamo.catalogue.service.CatalogueQueries;
import fi.kohtaamo.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
@PermitAll
public class ServiceResource {

    private final CatalogueQueries queries;

    public ServiceResource(CatalogueQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Published services of the service map, optionally of one service group")
    public List<ServiceResponse> list(@QueryParam("group") String group) {
        return queries.publishedServices(parseGroup(group)).stream().map(ServiceResponse::from).toList();
    }

    private static ServiceGroup parseGroup(String group) {
        if (group == null || group.isBlank()) {
            return null;
        }
        try {
            return ServiceGroup.valueOf(group);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("group", "must be one of " + java.util.Arrays.toString(ServiceGroup.values()));
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One published service")
    public ServiceResponse get(@PathParam("id") UUID id) {
        return ServiceResponse.from(queries.publishedService(id));
    }
}
