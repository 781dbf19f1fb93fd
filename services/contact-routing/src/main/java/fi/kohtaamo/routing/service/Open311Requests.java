package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import fi.kohtaamo.routing.repository.Open311ClientRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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

    private final Open311ClientRepository clients;
    private final ContactRepository contacts;
    private final KnownServiceRepository services;

    public Open311Requests(Open311ClientRepository clients, ContactRepository contacts, KnownServiceRepository services) {
        this.clients = clients;
        this.contacts = contacts;
        this.services = services;
    }

    /** The Open311 client an api_key belongs to. */
    /** Registers the demo client when the local launcher (or a test) names its key. */
    @Transactional
    void registerDemoClient(@Observes StartupEvent started, RoutingConfig config, Open311ClientRepository clients) {
        config.open311DemoKey().filter(key -> !key.isBlank()).ifPresent(key -> clients.register(AccessSecret.hash(key.strip()),
                new Open311ClientRepository.Open311Client("Uusimaa civic app (demo)", "ely-uusimaa")));
    }

    public Optional<Caller> client(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        return clients.findByApiKeyHash(AccessSecret.hash(apiKey.strip()))
                .map(client -> RoutingRoles.open311Client(client.name(), client.organisation()));
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
            return contacts.open311WithTrackingCodes(query.trackingCodes(), query.fullFor() == null ? "" : query.fullFor());
        }
        Instant end = query.end() != null ? query.end() : Instant.now();
        Instant start = query.start() != null ? query.start() : end.minus(DEFAULT_DAYS, ChronoUnit.DAYS);
        List<UUID> ids = new ArrayList<>();
        for (String code : query.serviceCodes()) {
            services.findPublishedByCode(code).ifPresent(service -> ids.add(service.serviceId));
        }
        if (!query.serviceCodes().isEmpty() && ids.isEmpty()) {
            return List.of();
        }
        return contacts.open311Received(start, end, query.fullFor() == null ? "" : query.fullFor(),
                query.serviceCodes().isEmpty() ? null : ids, query.statuses(), MAX_RESULTS);
    }

    public Optional<Contact> byToken(UUID token) {
        return contacts.findByIdOptional(token).filter(contact -> contact.channel == Channel.OPEN311);
    }

    public Map<UUID, KnownService> servicesOf(List<Contact> contacts) {
        Map<UUID, KnownService> known = new HashMap<>();
        contacts.stream().map(contact -> contact.serviceId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> services.findByIdOptional(id).ifPresent(service -> known.put(id, service)));
        return known;
    }
}
