package fi.kohtaamo.catalogue.ptv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.catalogue.domain.AreaType;
import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.Channel;
import fi.kohtaamo.catalogue.domain.ChannelContact;
import fi.kohtaamo.catalogue.domain.ChannelType;
import fi.kohtaamo.catalogue.domain.ChargeType;
import fi.kohtaamo.catalogue.domain.Classification;
import fi.kohtaamo.catalogue.domain.ClassificationKind;
import fi.kohtaamo.catalogue.domain.Localized;
import fi.kohtaamo.catalogue.domain.Organisation;
import fi.kohtaamo.catalogue.domain.OrganisationType;
import fi.kohtaamo.catalogue.domain.PtvServiceType;
import fi.kohtaamo.catalogue.domain.PublishingStatus;
import fi.kohtaamo.catalogue.domain.ServiceHours;
import fi.kohtaamo.catalogue.domain.ServiceTexts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Kohtaamo's organisations, services and channels in the JSON shape of the national service
 * catalogue's open API v11 (Suomi.fi Palvelutietovaranto), and back. Field names and enumerations
 * are PTV's; what PTV has no field for (service group, routing data, contact-form attributes,
 * holiday closing) stays as it is in Kohtaamo when a document is imported.
 */
public final class PtvMapping {

    private static final List<String> LANGUAGES = Localized.LANGUAGES;
    private static final Map<ClassificationKind, String> FINTO_FIELDS = Map.of(
            ClassificationKind.SERVICE_CLASS, "serviceClasses",
            ClassificationKind.TARGET_GROUP, "targetGroups",
            ClassificationKind.LIFE_EVENT, "lifeEvents");

    private final ObjectMapper mapper;

    public PtvMapping(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    // ------------------------------------------------------------------ organisations

    public ObjectNode organisation(Organisation organisation) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", organisation.id.toString());
        node.put("sourceId", organisation.code);
        node.put("businessCode", organisation.businessId);
        node.put("organizationType", switch (organisation.type) {
            case STATE -> "State";
            case REGIONAL_STATE -> "RegionalOrganization";
            case MUNICIPALITY -> "Municipality";
            case REGION -> "Region";
            case COMPANY -> "Company";
            case ORGANIZATION -> "Organization";
            case OTHER -> "Other";
        });
        node.set("organizationNames", localizedList("Name", Localized.of(organisation.name)));
        node.put("parentOrganizationId", organisation.parentId == null ? null : organisation.parentId.toString());
        node.put("areaType", organisation.areaCodes.isEmpty() ? "Nationwide" : "LimitedType");
        node.set("areas", areas(organisation.areaCodes));
        node.put("publishingStatus", "Published");
        return node;
    }

    public static Localized names(JsonNode organizationNames) {
        return localized(organizationNames, "Name");
    }

    public static OrganisationType organisationType(String ptv) {
        return switch (ptv == null ? "" : ptv) {
            case "State" -> OrganisationType.STATE;
            case "RegionalOrganization" -> OrganisationType.REGIONAL_STATE;
            case "Municipality" -> OrganisationType.MUNICIPALITY;
            case "Region" -> OrganisationType.REGION;
            case "Company" -> OrganisationType.COMPANY;
            case "Organization" -> OrganisationType.ORGANIZATION;
            default -> OrganisationType.OTHER;
        };
    }

    // ------------------------------------------------------------------ services

    public ObjectNode service(CatalogueService service) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", service.id.toString());
        node.put("sourceId", service.code);
        node.put("type", service.ptvType.ptvName());
        node.put("fundingType", "PubliclyFunded");
        node.set("serviceNames", localizedList("Name", Localized.of(service.name)));
        node.put("serviceChargeType", switch (service.chargeType) {
            case CHARGED -> "Chargeable";
            case FREE -> "FreeOfCharge";
            case OTHER -> null;
        });
        node.put("areaType", switch (service.areaType) {
            case NATIONWIDE -> "Nationwide";
            case NATIONWIDE_EXCEPT_ALAND -> "NationwideExceptAlandIslands";
            case LIMITED -> "LimitedType";
        });
        node.set("areas", areas(service.areaCodes));
        ArrayNode descriptions = mapper.createArrayNode();
        descriptions.addAll(localizedList("Summary", Localized.of(service.summary)));
        ServiceTexts texts = service.texts == null ? ServiceTexts.empty() : service.texts;
        descriptions.addAll(localizedList("Description", texts.description()));
        descriptions.addAll(localizedList("UserInstruction", texts.userInstructions()));
        descriptions.addAll(localizedList("ProcessingTime", texts.processingTime()));
        descriptions.addAll(localizedList("ValidityTime", texts.validityTime()));
        node.set("serviceDescriptions", descriptions);
        ArrayNode languages = mapper.createArrayNode();
        LANGUAGES.stream().filter(language -> Localized.of(service.name).in(language) != null).forEach(languages::add);
        node.set("languages", languages);
        ArrayNode keywords = mapper.createArrayNode();
        for (Classification keyword : service.classifications(ClassificationKind.KEYWORD)) {
            keywords.addAll(languageItems(keyword.label()));
        }
        node.set("keywords", keywords);
        FINTO_FIELDS.forEach((kind, field) -> {
            ArrayNode items = mapper.createArrayNode();
            for (Classification classification : service.classifications(kind)) {
                ObjectNode item = mapper.createObjectNode();
                item.put("code", classification.code);
                item.set("name", languageItems(classification.label()));
                items.add(item);
            }
            node.set(field, items);
        });
        ArrayNode organizations = mapper.createArrayNode();
        organizations.add(role("Responsible", service.organisation.id));
        service.producers.forEach(producer -> organizations.add(role("Producer", producer)));
        node.set("organizations", organizations);
        ObjectNode main = mapper.createObjectNode().put("id", service.organisation.id.toString());
        node.set("mainOrganization", main);
        ArrayNode channels = mapper.createArrayNode();
        service.channels.stream().map(channel -> channel.id.toString()).sorted().forEach(id -> {
            ObjectNode link = mapper.createObjectNode();
            link.set("serviceChannel", mapper.createObjectNode().put("id", id));
            channels.add(link);
        });
        node.set("serviceChannels", channels);
        node.put("publishingStatus", switch (service.status) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Published";
            case WITHDRAWN -> "Deleted";
        });
        node.put("modified", service.updatedAt == null ? null : service.updatedAt.toString());
        return node;
    }

    /** The parts of a PTV service document that Kohtaamo keeps, onto a service (new or existing). */
    public void applyService(JsonNode node, CatalogueService service) {
        service.code = text(node, "sourceId", service.code);
        service.ptvType = switch (text(node, "type", "Service")) {
            case "PermitOrObligation" -> PtvServiceType.PERMIT_OR_OBLIGATION;
            case "ProfessionalQualification" -> PtvServiceType.PROFESSIONAL_QUALIFICATION;
            default -> PtvServiceType.SERVICE;
        };
        Localized name = localized(node.path("serviceNames"), "Name");
        service.name = new fi.kohtaamo.catalogue.domain.LocalizedText(name.fi(), name.sv(), name.en());
        Localized summary = localized(node.path("serviceDescriptions"), "Summary");
        service.summary = new fi.kohtaamo.catalogue.domain.LocalizedText(summary.fi(), summary.sv(), summary.en());
        JsonNode descriptions = node.path("serviceDescriptions");
        service.texts = new ServiceTexts(nullIfEmpty(localized(descriptions, "Description")),
                nullIfEmpty(localized(descriptions, "UserInstruction")), nullIfEmpty(localized(descriptions, "ProcessingTime")),
                nullIfEmpty(localized(descriptions, "ValidityTime")));
        String charge = text(node, "serviceChargeType", null);
        service.chargeType = "Chargeable".equals(charge) ? ChargeType.CHARGED
                : "FreeOfCharge".equals(charge) ? ChargeType.FREE : ChargeType.OTHER;
        service.areaType = switch (text(node, "areaType", "LimitedType")) {
            case "Nationwide" -> AreaType.NATIONWIDE;
            case "NationwideExceptAlandIslands" -> AreaType.NATIONWIDE_EXCEPT_ALAND;
            default -> AreaType.LIMITED;
        };
        service.areaCodes = areaCodes(node.path("areas"));
        service.classifications.clear();
        FINTO_FIELDS.forEach((kind, field) -> {
            for (JsonNode item : node.path(field)) {
                service.classifications.add(new Classification(kind, item.path("code").asText(), languages(item.path("name"))));
            }
        });
        // PTV lists keywords per language; Kohtaamo pairs them by position within each language.
        Map<String, List<String>> keywordsByLanguage = new java.util.LinkedHashMap<>();
        for (JsonNode keyword : node.path("keywords")) {
            keywordsByLanguage.computeIfAbsent(keyword.path("language").asText(), k -> new ArrayList<>())
                    .add(keyword.path("value").asText());
        }
        List<String> finnish = keywordsByLanguage.getOrDefault("fi", List.of());
        for (int i = 0; i < finnish.size(); i++) {
            service.classifications.add(new Classification(ClassificationKind.KEYWORD, finnish.get(i), new Localized(
                    finnish.get(i), at(keywordsByLanguage.get("sv"), i), at(keywordsByLanguage.get("en"), i))));
        }
        service.producers.clear();
        for (JsonNode organization : node.path("organizations")) {
            if ("Producer".equals(organization.path("roleType").asText())) {
                service.producers.add(UUID.fromString(organization.path("organization").path("id").asText()));
            }
        }
    }

    public static PublishingStatus publishingStatus(JsonNode node) {
        return switch (node.path("publishingStatus").asText("Draft")) {
            case "Published", "Modified" -> PublishingStatus.PUBLISHED;
            case "Deleted", "Archived" -> PublishingStatus.WITHDRAWN;
            default -> PublishingStatus.DRAFT;
        };
    }

    public static UUID responsibleOrganisation(JsonNode node) {
        for (JsonNode organization : node.path("organizations")) {
            if ("Responsible".equals(organization.path("roleType").asText())) {
                return UUID.fromString(organization.path("organization").path("id").asText());
            }
        }
        return node.path("mainOrganization").has("id") ? UUID.fromString(node.path("mainOrganization").path("id").asText()) : null;
    }

    public static List<UUID> channelIds(JsonNode node) {
        List<UUID> ids = new ArrayList<>();
        for (JsonNode link : node.path("serviceChannels")) {
            ids.add(UUID.fromString(link.path("serviceChannel").path("id").asText()));
        }
        return ids;
    }

    // ------------------------------------------------------------------ channels

    public ObjectNode channel(Channel channel) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", channel.id.toString());
        node.put("organizationId", channel.organisationId.toString());
        node.put("serviceChannelType", channel.type.ptvName());
        node.set("serviceChannelNames", localizedList("Name", channel.name()));
        ArrayNode languages = mapper.createArrayNode();
        channel.languages.forEach(languages::add);
        node.set("languages", languages);
        ChannelContact contact = channel.contact == null ? new ChannelContact(null, null, null, null) : channel.contact;
        ArrayNode emails = mapper.createArrayNode();
        ArrayNode phones = mapper.createArrayNode();
        ArrayNode webPages = mapper.createArrayNode();
        if (contact.email() != null) {
            emails.add(mapper.createObjectNode().put("value", contact.email()).put("language", "fi"));
        }
        if (contact.phone() != null) {
            phones.add(mapper.createObjectNode().put("number", contact.phone()).put("language", "fi")
                    .put("serviceChargeType", "Chargeable"));
        }
        if (contact.url() != null) {
            webPages.add(mapper.createObjectNode().put("url", contact.url()).put("language", "fi"));
        }
        node.set("supportEmails", emails);
        node.set("supportPhones", phones);
        node.set("webPages", webPages);
        ArrayNode addresses = mapper.createArrayNode();
        if (contact.address() != null) {
            ChannelContact.Address address = contact.address();
            ObjectNode street = mapper.createObjectNode();
            street.set("street", languageItems(address.street()));
            street.put("postalCode", address.postalCode());
            street.set("postOffice", languageItems(address.postOffice()));
            street.set("municipality", mapper.createObjectNode().put("code", address.municipalityCode()));
            ObjectNode wrapper = mapper.createObjectNode().put("type", "Location").put("subType", "Street");
            wrapper.set("streetAddress", street);
            addresses.add(wrapper);
        }
        node.set("addresses", addresses);
        node.set("serviceHours", serviceHours(channel.hours == null ? ServiceHours.none() : channel.hours));
        node.put("publishingStatus", "Published");
        return node;
    }

    public void applyChannel(JsonNode node, Channel channel) {
        channel.organisationId = UUID.fromString(node.path("organizationId").asText());
        channel.type = switch (node.path("serviceChannelType").asText()) {
            case "EChannel" -> ChannelType.ELECTRONIC;
            case "WebPage" -> ChannelType.WEB_PAGE;
            case "PrintableForm" -> ChannelType.PRINTABLE_FORM;
            case "Phone" -> ChannelType.PHONE;
            case "ServiceLocation" -> ChannelType.SERVICE_LOCATION;
            default -> throw new IllegalArgumentException("unknown serviceChannelType " + node.path("serviceChannelType"));
        };
        Localized name = localized(node.path("serviceChannelNames"), "Name");
        channel.nameFi = name.fi();
        channel.nameSv = name.sv();
        channel.nameEn = name.en();
        channel.languages = new ArrayList<>();
        node.path("languages").forEach(language -> channel.languages.add(language.asText()));
        String email = node.path("supportEmails").path(0).path("value").asText(null);
        String phone = node.path("supportPhones").path(0).path("number").asText(null);
        String url = node.path("webPages").path(0).path("url").asText(null);
        ChannelContact.Address address = null;
        JsonNode street = node.path("addresses").path(0).path("streetAddress");
        if (!street.isMissingNode()) {
            address = new ChannelContact.Address(languages(street.path("street")), street.path("postalCode").asText(null),
                    street.path("municipality").path("code").asText(null), languages(street.path("postOffice")));
        }
        channel.contact = new ChannelContact(email, phone, url, address);
        boolean closedOnHolidays = channel.hours == null || channel.hours.closedOnPublicHolidays();
        channel.hours = hours(node.path("serviceHours"), closedOnHolidays);
    }

    private ArrayNode serviceHours(ServiceHours hours) {
        ArrayNode list = mapper.createArrayNode();
        int order = 0;
        if (hours.alwaysOpen()) {
            list.add(mapper.createObjectNode().put("serviceHourType", "DaysOfTheWeek").put("isAlwaysOpen", true)
                    .put("validForNow", true).put("orderNumber", order));
            return list;
        }
        for (ServiceHours.WeeklySchedule schedule : hours.schedules()) {
            ObjectNode entry = mapper.createObjectNode().put("serviceHourType", "DaysOfTheWeek");
            entry.put("validFrom", schedule.validFrom() == null ? null : schedule.validFrom() + "T00:00:00");
            entry.put("validTo", schedule.validTo() == null ? null : schedule.validTo() + "T00:00:00");
            entry.put("validForNow", schedule.validFrom() == null && schedule.validTo() == null);
            entry.put("isClosed", false).put("isAlwaysOpen", false);
            entry.set("openingHour", openingHours(schedule.periods()));
            entry.put("orderNumber", order++);
            list.add(entry);
        }
        for (ServiceHours.ExceptionalDay exception : hours.exceptions()) {
            ObjectNode entry = mapper.createObjectNode().put("serviceHourType", "Exceptional");
            entry.put("validFrom", exception.date() + "T00:00:00");
            entry.put("validTo", exception.date() + "T00:00:00");
            entry.put("isClosed", exception.closed()).put("isAlwaysOpen", false);
            entry.set("additionalInformation", languageItems(exception.reason()));
            entry.set("openingHour", openingHours(exception.periods()));
            entry.put("orderNumber", order++);
            list.add(entry);
        }
        return list;
    }

    private ArrayNode openingHours(List<ServiceHours.Period> periods) {
        ArrayNode list = mapper.createArrayNode();
        for (ServiceHours.Period period : periods) {
            ObjectNode hour = mapper.createObjectNode();
            hour.put("dayFrom", period.day() == null ? null : pascal(period.day()));
            hour.put("from", period.opens().toString());
            hour.put("to", period.closes().equals(LocalTime.MIDNIGHT) ? "24:00" : period.closes().toString());
            list.add(hour);
        }
        return list;
    }

    private static ServiceHours hours(JsonNode list, boolean closedOnPublicHolidays) {
        boolean alwaysOpen = false;
        List<ServiceHours.WeeklySchedule> schedules = new ArrayList<>();
        List<ServiceHours.ExceptionalDay> exceptions = new ArrayList<>();
        for (JsonNode entry : list) {
            if (entry.path("isAlwaysOpen").asBoolean(false)) {
                alwaysOpen = true;
                continue;
            }
            List<ServiceHours.Period> periods = new ArrayList<>();
            for (JsonNode hour : entry.path("openingHour")) {
                String day = hour.path("dayFrom").asText(null);
                String to = hour.path("to").asText();
                periods.add(new ServiceHours.Period(day == null ? null : DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)),
                        LocalTime.parse(hour.path("from").asText()), "24:00".equals(to) ? LocalTime.MIDNIGHT : LocalTime.parse(to)));
            }
            if ("Exceptional".equals(entry.path("serviceHourType").asText())) {
                exceptions.add(new ServiceHours.ExceptionalDay(date(entry.path("validFrom")), entry.path("isClosed").asBoolean(false),
                        periods, nullIfEmpty(languages(entry.path("additionalInformation")))));
            } else {
                schedules.add(new ServiceHours.WeeklySchedule(date(entry.path("validFrom")), date(entry.path("validTo")), periods));
            }
        }
        return new ServiceHours(alwaysOpen, closedOnPublicHolidays, schedules, exceptions);
    }

    // ------------------------------------------------------------------ helpers

    private ObjectNode role(String roleType, UUID organisationId) {
        ObjectNode role = mapper.createObjectNode().put("roleType", roleType);
        role.set("organization", mapper.createObjectNode().put("id", organisationId.toString()));
        return role;
    }

    private ArrayNode areas(List<String> codes) {
        ArrayNode areas = mapper.createArrayNode();
        for (String code : codes) {
            areas.add(mapper.createObjectNode().put("type", code.length() == 2 ? "Region" : "Municipality").put("code", code));
        }
        return areas;
    }

    private static List<String> areaCodes(JsonNode areas) {
        List<String> codes = new ArrayList<>();
        areas.forEach(area -> codes.add(area.path("code").asText()));
        return codes;
    }

    /** PTV's VmOpenApiLocalizedListItem list: {type, language, value} for each present language. */
    private ArrayNode localizedList(String type, Localized text) {
        ArrayNode list = mapper.createArrayNode();
        if (text == null) {
            return list;
        }
        for (String language : LANGUAGES) {
            String value = text.in(language);
            if (value != null) {
                list.add(mapper.createObjectNode().put("type", type).put("language", language).put("value", value));
            }
        }
        return list;
    }

    /** PTV's VmOpenApiLanguageItem list: {value, language}. */
    private ArrayNode languageItems(Localized text) {
        ArrayNode list = mapper.createArrayNode();
        if (text == null) {
            return list;
        }
        for (String language : LANGUAGES) {
            String value = text.in(language);
            if (value != null) {
                list.add(mapper.createObjectNode().put("value", value).put("language", language));
            }
        }
        return list;
    }

    /** The texts of one type ({@code null}: any) from a localized list, by language. */
    private static Localized localized(JsonNode list, String type) {
        String fi = null;
        String sv = null;
        String en = null;
        for (JsonNode item : list) {
            if (type != null && !type.equals(item.path("type").asText())) {
                continue;
            }
            switch (item.path("language").asText()) {
                case "fi" -> fi = item.path("value").asText();
                case "sv" -> sv = item.path("value").asText();
                case "en" -> en = item.path("value").asText();
                default -> { }
            }
        }
        return new Localized(fi, sv, en);
    }

    /** A VmOpenApiLanguageItem list, whatever the items' types. */
    private static Localized languages(JsonNode list) {
        return localized(list, null);
    }

    private static Localized nullIfEmpty(Localized text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() ? null : values.get(index);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? fallback : value.asText();
    }

    private static LocalDate date(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : LocalDate.parse(value.asText().substring(0, 10));
    }

    private static String pascal(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
