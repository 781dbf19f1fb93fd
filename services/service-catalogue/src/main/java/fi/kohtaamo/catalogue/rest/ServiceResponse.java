package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.LocalizedText;
import fi.kohtaamo.catalogue.domain.ServiceGroup;

import java.util.UUID;

public record ServiceResponse(UUID id, String code, ServiceGroup group, Texts name, Texts summary,
                              String organisation, String status) {

    static ServiceResponse from(CatalogueService service) {
        return new ServiceResponse(service.id, service.code, service.group, Texts.of(service.name),
                Texts.of(service.summary), service.organisation.code, service.status.name());
    }

    /** fi, sv and en; a missing translation is null, never silently another language. */
    public record Texts(String fi, String sv, String en) {
        static Texts of(LocalizedText text) {
            return text == null ? new Texts(null, null, null) : new Texts(text.fi, text.sv, text.en);
        }
    }
}
