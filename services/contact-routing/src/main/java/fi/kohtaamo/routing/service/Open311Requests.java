package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Open311 GeoReport v2 service requests: agency clients known by api_key submit them; anyone
 * lists and reads them. Only requests that came in through Open311 are listed: contacts from
 * other channels are not public.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Open311Requests {

    /** The specification's defaults: the last 90 days, at most 1000 requests. */
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_RESULTS = 1000;

    private final EntityManager entityManager;
    private final KnownServiceRepository services;

    /** Published requests, and the asking organisation's own ("" names no organisation). */
    private static final String VISIBLE = "(publiclyListed = true or organisation = ?3)";

    public Open311Requests(EntityManager entityManager, KnownServiceRepository services) {
        this.entityManager = entityManager;
        this.services = services;
    }

    /** The Open311 client an api_key belongs to. */
    public Optional<Caller> client(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select name, organisation from open311_client where api_key_hash = ?1")
                .setParameter(1, AccessSecret.hash(apiKey.strip())).getResultList();
        return rows.stream().findFirst().map(row -> RoutingRoles.open311Client((String) row[0], (String) row[1]));
    }

    public Optional<KnownService> service(String code) {
        return services.findPublishedByCode(code);
    }

    /**
     * @param fullFor the organisation whose api_key asks: its requests are listed whole; everyone
     *                else's only when their senders agreed to publish them (null: the public)
     */
    public record Query(List<String> trackingCodes, List<String> serviceCodes, Instant start, Instant end,
                        List<ContactStatus> statuses, String fullFor) {
    }

    /** Requests by the filters; with request ids, those requests only. */
    public List<Contact> list(Query query) {
        if (!query.trackingCodes().isEmpty()) {
            return Contact.list("channel = ?1 and trackingCode in ?2 and " + VISIBLE + " order by receivedAt desc",
                    Channel.OPEN311, query.trackingCodes(), query.fullFor() == null ? "" : query.fullFor());
        }
        Instant end = query.end() != null ? query.end() : Instant.now();
        Instant start = query.start() != null ? query.start() : end.minus(DEFAULT_DAYS, ChronoUnit.DAYS);
        StringBuilder where = new StringBuilder("channel = :channel and receivedAt >= :start and receivedAt <= :end and "
                + VISIBLE.replace("?3", ":fullFor"));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("fullFor", query.fullFor() == null ? "" : query.fullFor());
        parameters.put("channel", Channel.OPEN311);
        parameters.put("start", start);
        parameters.put("end", end);
        if (!query.serviceCodes().isEmpty()) {
            List<UUID> ids = new ArrayList<>();
            for (String code : query.serviceCodes()) {
                services.findPublishedByCode(code).ifPresent(service -> ids.add(service.serviceId));
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            where.append(" and serviceId in :services");
            parameters.put("services", ids);
        }
        if (!query.statuses().isEmpty()) {
            where.append(" and status in :statuses");
            parameters.put("statuses", query.statuses());
        }
        return Contact.<Contact>find(where + " order by receivedAt desc", parameters).page(0, MAX_RESULTS).list();
    }

    public Optional<Contact> byToken(UUID token) {
        return Contact.<Contact>findByIdOptional(token).filter(contact -> contact.channel == Channel.OPEN311);
    }

    public Map<UUID, KnownService> servicesOf(List<Contact> contacts) {
        Map<UUID, KnownService> known = new HashMap<>();
        contacts.stream().map(contact -> contact.serviceId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> services.findByIdOptional(id).ifPresent(service -> known.put(id, service)));
        return known;
    }
}
