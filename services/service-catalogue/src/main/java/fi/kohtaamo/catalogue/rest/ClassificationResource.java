package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.catalogue.domain.ClassificationKind;
import fi.kohtaamo.catalogue.domain.Localized;
import fi.kohtaamo.catalogue.repository.ServiceRepository;
import fi.kohtaamo.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The classifications published services carry: what the catalogue can be browsed by (target groups, life events). */
@Path("/api/v1/classifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
@PermitAll
@Transactional(Transactional.TxType.SUPPORTS)
public class ClassificationResource {

    private final ServiceRepository services;

    public ClassificationResource(ServiceRepository services) {
        this.services = services;
    }

    public record InUse(String code, String label, Localized labels, long services) {
    }

    @GET
    @Operation(summary = "The codes of one kind (TARGET_GROUP, LIFE_EVENT, SERVICE_CLASS, KEYWORD) that published services carry, with their labels and service counts")
    public List<InUse> inUse(@QueryParam("kind") String kind, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ClassificationKind parsed;
        try {
            parsed = ClassificationKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be one of " + Arrays.toString(ClassificationKind.values()));
        }
        String language = Languages.pick(acceptLanguage);
        return services.classificationsInUse(parsed).stream().map(c -> {
            Localized labels = new Localized(c.labelFi(), c.labelSv(), c.labelEn());
            return new InUse(c.code(), labels.inOrFallback(language), labels, c.services());
        }).toList();
    }
}
