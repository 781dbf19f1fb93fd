package fi.kohtaamo.catalogue.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI shape of a PTV v11 document, as the export gives it and the import takes it: PTV's
 * own objects, kept open (PTV adds fields between versions). Documentation only; the code reads
 * the document as JSON.
 */
@Schema(name = "PtvDocument", description = "A PTV v11 document: PTV's own organisation, service channel and service objects")
public record PtvDocumentSchema(
        @Schema(description = "PTV organisations") List<Map<String, Object>> organizations,
        @Schema(description = "PTV service channels") List<Map<String, Object>> serviceChannels,
        @Schema(description = "PTV services") List<Map<String, Object>> services) {
}
