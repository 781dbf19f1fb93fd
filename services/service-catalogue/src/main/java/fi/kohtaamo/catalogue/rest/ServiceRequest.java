package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.catalogue.domain.AreaType;
import fi.kohtaamo.catalogue.domain.AttributeDefinition;
import fi.kohtaamo.catalogue.domain.ChargeType;
import fi.kohtaamo.catalogue.domain.Classification;
import fi.kohtaamo.catalogue.domain.ClassificationKind;
import fi.kohtaamo.catalogue.domain.ClientContact;
import fi.kohtaamo.catalogue.domain.Localized;
import fi.kohtaamo.catalogue.domain.PtvServiceType;
import fi.kohtaamo.catalogue.domain.ServiceGroup;
import fi.kohtaamo.catalogue.domain.ServiceTexts;
import fi.kohtaamo.catalogue.service.ServiceDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A service as an admin writes it (POST creates a draft, PUT replaces it). */
public record ServiceRequest(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,79}", message = "3-80 lower-case letters, digits and hyphens") String code,
        @NotNull ServiceGroup group,
        @NotNull PtvServiceType ptvType,
        @NotNull @Valid Name name,
        @NotNull @Valid Texts summary,
        @Valid LongTexts texts,
        ChargeType chargeType,
        AreaType areaType,
        List<@Pattern(regexp = "\\d{2,3}", message = "a Statistics Finland municipality or region code") String> areaCodes,
        ClientContact clientContact,
        @Valid List<@NotNull ClassificationRequest> classifications,
        List<@NotNull UUID> producers,
        List<@NotNull UUID> channelIds,
        @NotNull @Valid RoutingRequest routing,
        @Valid @Size(max = 30) List<@NotNull AttributeRequest> attributes,
        UUID responsibilityArea) {

    /** The name: Finnish is required; Swedish and English are needed before publishing. */
    public record Name(@NotBlank @Size(max = 200) String fi, @Size(max = 200) String sv, @Size(max = 200) String en) {
        Localized toLocalized() {
            return new Localized(fi, blankToNull(sv), blankToNull(en));
        }
    }

    public record Texts(@Size(max = 2000) String fi, @Size(max = 2000) String sv, @Size(max = 2000) String en) {
        Localized toLocalized() {
            return new Localized(blankToNull(fi), blankToNull(sv), blankToNull(en));
        }
    }

    public record LongTexts(@Valid LongText description, @Valid LongText userInstructions,
                            @Valid LongText processingTime, @Valid LongText validityTime) {
    }

    public record LongText(@Size(max = 10000) String fi, @Size(max = 10000) String sv, @Size(max = 10000) String en) {
        Localized toLocalized() {
            return new Localized(blankToNull(fi), blankToNull(sv), blankToNull(en));
        }
    }

    public record ClassificationRequest(@NotNull ClassificationKind kind, @NotBlank @Size(max = 100) String code,
                                        @Valid Texts label) {
    }

    public record RoutingRequest(@NotBlank @Size(max = 100) String defaultQueue,
                                 List<@NotBlank @Size(max = 100) String> requiredSkills,
                                 @Min(1) @Max(5) Integer priority,
                                 @Min(1) @Max(2000) Integer firstResponseHours,
                                 @Min(1) @Max(20000) Integer resolutionHours) {
    }

    public record AttributeRequest(
            @NotNull @Pattern(regexp = "[a-z][a-z0-9_]{0,49}", message = "lower-case letters, digits and underscores") String code,
            @NotNull AttributeDefinition.Datatype datatype,
            boolean required,
            @Min(0) int order,
            @NotNull @Valid Texts description,
            @Valid List<@NotNull ChoiceRequest> values) {
    }

    public record ChoiceRequest(@NotBlank @Size(max = 100) String key, @NotNull @Valid Texts name) {
    }

    ServiceDraft toDraft() {
        LongTexts longTexts = texts == null ? new LongTexts(null, null, null, null) : texts;
        ServiceTexts serviceTexts = new ServiceTexts(localized(longTexts.description()), localized(longTexts.userInstructions()),
                localized(longTexts.processingTime()), localized(longTexts.validityTime()));
        List<Classification> classified = orEmpty(classifications).stream()
                .map(c -> new Classification(c.kind(), c.code(), c.label() == null ? null : c.label().toLocalized()))
                .toList();
        List<AttributeDefinition> definitions = orEmpty(attributes).stream()
                .map(a -> new AttributeDefinition(a.code(), a.datatype(), a.required(), a.order(), a.description().toLocalized(),
                        orEmpty(a.values()).stream().map(v -> new AttributeDefinition.Choice(v.key(), v.name().toLocalized())).toList()))
                .toList();
        return new ServiceDraft(code, group, ptvType, name.toLocalized(), summary.toLocalized(), serviceTexts,
                chargeType == null ? ChargeType.FREE : chargeType,
                areaType == null ? AreaType.LIMITED : areaType, orEmpty(areaCodes),
                clientContact == null ? ClientContact.DIRECT : clientContact, classified, orEmpty(producers),
                orEmpty(channelIds), routing.defaultQueue(), orEmpty(routing.requiredSkills()),
                routing.priority() == null ? 3 : routing.priority(),
                routing.firstResponseHours() == null ? 8 : routing.firstResponseHours(),
                routing.resolutionHours() == null ? 80 : routing.resolutionHours(), definitions, responsibilityArea);
    }

    private static Localized localized(LongText text) {
        return text == null ? null : text.toLocalized();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
