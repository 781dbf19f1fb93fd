package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.catalogue.domain.Localized;
import fi.kohtaamo.catalogue.domain.Organisation;
import fi.kohtaamo.catalogue.service.CatalogueQueries;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@PermitAll
public class OrganisationResource {

    private final CatalogueQueries queries;

    public OrganisationResource(CatalogueQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "The organisations responsible for services")
    public List<OrganisationResponse> list() {
        return queries.organisations().stream().map(OrganisationResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One organisation")
    public OrganisationResponse get(@PathParam("id") UUID id) {
        return OrganisationResponse.from(queries.organisation(id));
    }

    /** {@code code} is what staff tokens carry in their {@code org} claim; areas are Statistics Finland codes. */
    public record OrganisationResponse(UUID id, String code, String businessId, String type, UUID parentId, Localized name,
                                       List<String> areaCodes, int version) {
        static OrganisationResponse from(Organisation organisation) {
            return new OrganisationResponse(organisation.id, organisation.code, organisation.businessId,
                    organisation.type.name(), organisation.parentId, Localized.of(organisation.name),
                    List.copyOf(organisation.areaCodes), organisation.version);
        }
    }
}
