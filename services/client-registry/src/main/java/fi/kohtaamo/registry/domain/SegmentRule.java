package fi.kohtaamo.registry.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Which clients belong to a segment: every condition that is given must hold (an empty list or a
 * null bound is no condition). Industry codes are TOL 2008 codes, matched by prefix, so "01"
 * covers all of agriculture.
 */
public record SegmentRule(List<Client.Kind> kinds, List<String> organisationTypes, List<String> industryCodePrefixes,
                          List<String> sizeClasses, List<String> municipalities, List<String> languages,
                          Integer minAge, Integer maxAge) {

    public SegmentRule {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        organisationTypes = organisationTypes == null ? List.of() : List.copyOf(organisationTypes);
        industryCodePrefixes = industryCodePrefixes == null ? List.of() : List.copyOf(industryCodePrefixes);
        sizeClasses = sizeClasses == null ? List.of() : List.copyOf(sizeClasses);
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        languages = languages == null ? List.of() : List.copyOf(languages);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new IllegalArgumentException("minAge is above maxAge");
        }
    }

    public boolean matches(Client client, LocalDate today) {
        if (!kinds.isEmpty() && !kinds.contains(client.kind)) {
            return false;
        }
        if (!organisationTypes.isEmpty() && !in(organisationTypes, client.organisationType)) {
            return false;
        }
        if (!industryCodePrefixes.isEmpty() && (client.industryCode == null
                || industryCodePrefixes.stream().noneMatch(client.industryCode::startsWith))) {
            return false;
        }
        if (!sizeClasses.isEmpty() && !in(sizeClasses, client.sizeClass)) {
            return false;
        }
        if (!municipalities.isEmpty() && !in(municipalities, client.municipalityCode)) {
            return false;
        }
        if (!languages.isEmpty() && !in(languages, client.preferredLanguage)) {
            return false;
        }
        if (minAge != null || maxAge != null) {
            if (client.birthDate == null) {
                return false;
            }
            int age = Period.between(client.birthDate, today).getYears();
            return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
        }
        return true;
    }

    /** Null-safe: an immutable list answers contains(null) with an exception, and a missing value matches nothing. */
    private static boolean in(java.util.Collection<String> allowed, String value) {
        return value != null && allowed.contains(value);
    }
}
