package fi.kohtaamo.registry.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kohtaamo.registry.domain.ErasureRequest;
import fi.kohtaamo.registry.service.DataExports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of GDPR exports and erasure requests. */
final class ExportResponses {

    private ExportResponses() {
    }

    /** An export's status; the document once it is read by id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExportResponse(UUID id, UUID clientId, String status, String requestedVia, Instant requestedAt,
                                 Instant deadlineAt, Instant completedAt, List<String> expectedParts,
                                 List<String> receivedParts, List<String> missingParts, Map<String, Object> document) {
        static ExportResponse of(DataExports.ExportView view) {
            var e = view.export();
            return new ExportResponse(e.id, e.clientId, e.status.name(), e.requestedVia.name(), e.requestedAt, e.deadlineAt,
                    e.completedAt, List.copyOf(e.expectedParts), view.received(), view.missing(), view.document());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErasureRequestResponse(UUID id, UUID clientId, String status, String reason, Instant requestedAt,
                                         Instant decidedAt, String decisionReason) {
        static ErasureRequestResponse of(ErasureRequest request) {
            return new ErasureRequestResponse(request.id, request.clientId, request.status.name(), request.reason,
                    request.requestedAt, request.decidedAt, request.decisionReason);
        }
    }
}
