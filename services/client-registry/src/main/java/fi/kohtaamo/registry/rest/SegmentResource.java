package fi.kohtaamo.registry.rest;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.Segment;
import fi.kohtaamo.registry.domain.SegmentRule;
import fi.kohtaamo.registry.service.ClientRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/segments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segments")
public class SegmentResource {

    private final ClientRegistry registry;

    public SegmentResource(ClientRegistry registry) {
        this.registry = registry;
    }

    public record SegmentView(String code, String nameFi, String nameSv, String nameEn, SegmentRule rule,
                              List<String> preferredChannels, int version) {
        static SegmentView of(Segment segment) {
            return new SegmentView(segment.code, segment.nameFi, segment.nameSv, segment.nameEn, segment.rule,
                    List.copyOf(segment.preferredChannels), segment.version);
        }
    }

    @GET
    @RolesAllowed({"agent", "expert", "supervisor", "manager", "registry-admin"})
    @Operation(summary = "The segment definitions")
    public List<SegmentView> list() {
        return registry.segmentDefinitions().stream().map(SegmentView::of).toList();
    }

    public record RuleRequest(@Size(max = 20) List<Client.@NotNull Kind> kinds,
                              @Size(max = 50) List<@NotNull @Size(max = 50) @NoNul String> organisationTypes,
                              List<@Pattern(regexp = "\\d{2,5}", message = "a TOL 2008 code prefix") String> industryCodePrefixes,
                              List<@Pattern(regexp = "MICRO|SMALL|MEDIUM|LARGE", message = "not a size class") String> sizeClasses,
                              List<@Pattern(regexp = "\\d{3}", message = "a municipality code") String> municipalities,
                              List<@Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String> languages,
                              @Min(0) @Max(150) Integer minAge, @Min(0) @Max(150) Integer maxAge) {
    }

    /** preferredChannels: the channels the segment's clients are steered to, most preferred first (none: no steering). */
    public record SegmentRequest(@NotBlank @Size(max = 200) String nameFi, @Size(max = 200) String nameSv,
                                 @Size(max = 200) String nameEn, @Valid RuleRequest rule,
                                 @Size(max = 6) List<@NotNull @Pattern(regexp = "WEB|EMAIL|PHONE|LETTER|IN_PERSON|CHAT",
                                         message = "not a channel") String> preferredChannels) {
    }

    public record Defined(String code, int clientsChanged) {
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("registry-admin")
    @Operation(summary = "Define or change a segment; every client's segments are brought up to date",
            description = "Without a rule the segment is a manual tag. A change of an existing segment sends If-Match with "
                    + "its version (428 without, 412 when stale); a new one sends none.")
    public Defined define(@PathParam("code") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}", message = "lower-case letters, digits, hyphens") String code,
                          @Valid @NotNull SegmentRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SegmentRule rule = request.rule() == null ? null : rule(request.rule(), "rule.minAge");
        return new Defined(code, registry.defineSegment(code, RequestValues.ifMatchVersion(ifMatch), request.nameFi(),
                request.nameSv(), request.nameEn(), rule,
                request.preferredChannels() == null ? List.of() : request.preferredChannels().stream().distinct().toList()));
    }

    public record Removed(String code, int clientsChanged) {
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed("registry-admin")
    @Operation(summary = "Remove a segment; its clients leave it (each announced) and segment-removed tells the other services",
            description = "If-Match with the segment's version is required (428 without, 412 when stale); an unknown segment is a 404.")
    public Removed remove(@PathParam("code") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}", message = "lower-case letters, digits, hyphens") String code,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return new Removed(code, registry.removeSegment(code, RequestValues.requiredIfMatchVersion(ifMatch)));
    }

    public record Preview(long matching) {
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("registry-admin")
    @Operation(summary = "How many active clients a rule would take in today, before the definition is saved",
            description = "A count only: no client is named, so nothing is read out or audited.")
    public Preview preview(@Valid @NotNull RuleRequest request) {
        return new Preview(registry.countMatching(rule(request, "minAge")));
    }

    /** The domain's rule from the request; an age range upside down is a problem naming the minimum age's field. */
    private static SegmentRule rule(RuleRequest r, String minAgeField) {
        try {
            return new SegmentRule(r.kinds(), r.organisationTypes(), r.industryCodePrefixes(), r.sizeClasses(),
                    r.municipalities(), r.languages(), r.minAge(), r.maxAge());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(minAgeField, e.getMessage());
        }
    }
}
