package fi.kohtaamo.catalogue.service;

import fi.kohtaamo.catalogue.domain.AreaType;
import fi.kohtaamo.catalogue.domain.AttributeDefinition;
import fi.kohtaamo.catalogue.domain.ChargeType;
import fi.kohtaamo.catalogue.domain.Classification;
import fi.kohtaamo.catalogue.domain.ClientContact;
import fi.kohtaamo.catalogue.domain.Localized;
import fi.kohtaamo.catalogue.domain.PtvServiceType;
import fi.kohtaamo.catalogue.domain.ServiceGroup;
import fi.kohtaamo.catalogue.domain.ServiceTexts;

import java.util.List;
import java.util.UUID;

/** A service's content as an admin writes it, checked for shape by the REST layer. */
public record ServiceDraft(String code, ServiceGroup group, PtvServiceType ptvType, Localized name, Localized summary,
                           ServiceTexts texts, ChargeType chargeType, AreaType areaType, List<String> areaCodes,
                           ClientContact clientContact, List<Classification> classifications, List<UUID> producers,
                           List<UUID> channelIds, String defaultQueue, List<String> requiredSkills, int priority,
                           int firstResponseHours, int resolutionHours, List<AttributeDefinition> attributes,
                           UUID responsibilityArea) {
}
