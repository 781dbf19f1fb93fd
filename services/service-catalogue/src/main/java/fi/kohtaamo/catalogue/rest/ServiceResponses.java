package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.catalogue.domain.AttributeDefinition;
import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.Channel;
import fi.kohtaamo.catalogue.domain.ChannelContact;
import fi.kohtaamo.catalogue.domain.Classification;
import fi.kohtaamo.catalogue.domain.ClassificationKind;
import fi.kohtaamo.catalogue.domain.Localized;
import fi.kohtaamo.catalogue.domain.ServiceGroup;
import fi.kohtaamo.catalogue.domain.ServiceHours;
import fi.kohtaamo.catalogue.domain.ServiceTexts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Response bodies of the catalogue; entities never leave as JSON. */
public final class ServiceResponses {

    private ServiceResponses() {
    }

    /**
     * A service in a list. {@code name} and {@code summary} carry all three languages (null where
     * a translation is missing, listed in {@code missingTranslations}); {@code title} is the name
     * in the Accept-Language language.
     */
    public record ServiceSummary(UUID id, String code, ServiceGroup group, String ptvType, String title, Localized name,
                                 Localized summary, String organisation, String status, List<String> missingTranslations,
                                 UUID responsibilityArea, int version) {
        static ServiceSummary of(CatalogueService service, String language) {
            Localized name = Localized.of(service.name);
            Localized summary = Localized.of(service.summary);
            return new ServiceSummary(service.id, service.code, service.group, service.ptvType.name(),
                    name.inOrFallback(language), name, summary, service.organisation.code, service.status.name(),
                    missing(name, summary), service.responsibilityAreaId, service.version);
        }
    }

    public record Label(String code, String label, Localized labels) {
        static Label of(Classification classification, String language) {
            return new Label(classification.code, classification.label().inOrFallback(language), classification.label());
        }
    }

    public record Classifications(List<Label> serviceClasses, List<Label> targetGroups, List<Label> lifeEvents,
                                  List<Label> keywords) {
        static Classifications of(CatalogueService service, String language) {
            return new Classifications(labels(service, ClassificationKind.SERVICE_CLASS, language),
                    labels(service, ClassificationKind.TARGET_GROUP, language),
                    labels(service, ClassificationKind.LIFE_EVENT, language),
                    labels(service, ClassificationKind.KEYWORD, language));
        }

        private static List<Label> labels(CatalogueService service, ClassificationKind kind, String language) {
            return service.classifications(kind).stream().sorted(Comparator.comparing(c -> c.code))
                    .map(c -> Label.of(c, language)).toList();
        }
    }

    public record Area(String type, List<String> codes) {
    }

    public record Routing(String defaultQueue, List<String> requiredSkills, int priority, int firstResponseHours,
                          int resolutionHours) {
    }

    public record ChannelView(UUID id, String type, String title, Localized name, List<String> languages,
                              ChannelContact contact, ServiceHours hours, ServiceHours.OpenState openNow) {
        static ChannelView of(Channel channel, String language, Instant now) {
            return new ChannelView(channel.id, channel.type.name(), channel.name().inOrFallback(language), channel.name(),
                    List.copyOf(channel.languages), channel.contact, channel.hours, channel.hours.at(now));
        }
    }

    /** A channel as its admin sees it: the version to send as If-Match and today's periods (Europe/Helsinki). */
    public record OwnChannel(UUID id, String type, String title, Localized name, int version, ServiceHours hours,
                             List<ServiceHours.Period> today, ServiceHours.OpenState openNow) {
        static OwnChannel of(Channel channel, String language, Instant now) {
            return new OwnChannel(channel.id, channel.type.name(), channel.name().inOrFallback(language), channel.name(),
                    channel.version, channel.hours, channel.hours.periodsOn(now.atZone(ServiceHours.ZONE).toLocalDate()),
                    channel.hours.at(now));
        }
    }

    public record ServiceDetail(UUID id, String code, ServiceGroup group, String ptvType, String title, Localized name,
                                Localized summary, ServiceTexts texts, String organisation, List<UUID> producers,
                                String chargeType, Area area, String clientContact, Classifications classifications,
                                List<ChannelView> channels, Routing routing, List<AttributeDefinition> attributes,
                                String status, int version, Instant updatedAt, String updatedBy,
                                List<String> missingTranslations, UUID responsibilityArea) {
        static ServiceDetail of(CatalogueService service, String language, Instant now) {
            Localized name = Localized.of(service.name);
            Localized summary = Localized.of(service.summary);
            List<ChannelView> channels = service.channels.stream().sorted(Comparator.comparing(c -> c.type))
                    .map(c -> ChannelView.of(c, language, now)).toList();
            List<Localized> longTexts = new ArrayList<>(List.of(name, summary));
            ServiceTexts texts = service.texts == null ? ServiceTexts.empty() : service.texts;
            if (texts.description() != null) {
                longTexts.add(texts.description());
            }
            return new ServiceDetail(service.id, service.code, service.group, service.ptvType.name(),
                    name.inOrFallback(language), name, summary, texts, service.organisation.code,
                    List.copyOf(service.producers), service.chargeType.name(),
                    new Area(service.areaType.name(), List.copyOf(service.areaCodes)), service.clientContact.name(),
                    Classifications.of(service, language), channels,
                    new Routing(service.defaultQueue, List.copyOf(service.requiredSkills), service.priority,
                            service.firstResponseHours, service.resolutionHours),
                    List.copyOf(service.attributes), service.status.name(), service.version, service.updatedAt,
                    service.updatedBy, missing(longTexts.toArray(Localized[]::new)), service.responsibilityAreaId);
        }
    }

    /** The languages some of the given texts lack. */
    static List<String> missing(Localized... texts) {
        Set<String> missing = new java.util.LinkedHashSet<>();
        for (Localized text : texts) {
            missing.addAll(text.missing());
        }
        return List.copyOf(missing);
    }
}
