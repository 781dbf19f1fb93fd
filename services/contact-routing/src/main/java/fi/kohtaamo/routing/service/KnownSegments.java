package fi.kohtaamo.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.UpstreamCopies;
import fi.kohtaamo.registry.contract.SegmentDefinedV1;
import fi.kohtaamo.registry.contract.SegmentRemovedV1;
import fi.kohtaamo.routing.domain.KnownSegment;
import fi.kohtaamo.routing.repository.KnownSegmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the registry's segment definitions as routing uses them (each segment's preferred channels)
 * from {@code client.segment-defined} and {@code client.segment-removed}: each event applied once and
 * only when newer than the copy ({@link UpstreamCopies}: the registry's version of the definition
 * first); a removal forgets the copy. Only the registry's events reach here: the consumer's origins
 * accept {@code fi.kohtaamo.client.*} only from its topic and source.
 */
@ApplicationScoped
public class KnownSegments {

    static final String CONSUMER = "contact-routing.segments";

    private final UpstreamCopies copies;
    private final KnownSegmentRepository segments;

    public KnownSegments(UpstreamCopies copies, KnownSegmentRepository segments) {
        this.copies = copies;
        this.segments = segments;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UpstreamCopies.Outcome apply(CloudEvent event) {
        boolean defined = SegmentDefinedV1.TYPE.equals(event.type());
        if (!defined && !SegmentRemovedV1.TYPE.equals(event.type())) {
            return null;
        }
        JsonNode data = event.data();
        String code = data.path("code").asText();
        if (code.isBlank()) {
            throw new IllegalArgumentException(event.type() + " without a code");
        }
        return copies.apply(CONSUMER, event, () -> segments.findById(code), held -> {
            if (!defined) {
                if (held != null) {
                    segments.delete(held);
                }
                return null;
            }
            KnownSegment segment = held != null ? held : new KnownSegment();
            segment.code = code;
            segment.preferredChannels = new ArrayList<>();
            for (JsonNode channel : data.path("preferredChannels")) {
                segment.preferredChannels.add(channel.asText());
            }
            return segment;
        }, created -> created.persist());
    }

    /**
     * The channels these segments prefer: segment by segment in code order, each segment's most
     * preferred first, each channel once (the registry's order for a signed-in client's own record).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> preferredChannelsOf(Collection<String> segmentCodes) {
        if (segmentCodes == null || segmentCodes.isEmpty()) {
            return List.of();
        }
        Set<String> channels = new LinkedHashSet<>();
        for (KnownSegment segment : segments.inCodeOrder(Set.copyOf(segmentCodes))) {
            channels.addAll(segment.preferredChannels);
        }
        return List.copyOf(channels);
    }
}
