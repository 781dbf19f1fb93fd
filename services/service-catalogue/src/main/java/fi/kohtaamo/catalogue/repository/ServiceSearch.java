package fi.kohtaamo.catalogue.repository;

import fi.kohtaamo.catalogue.domain.ChannelType;
import fi.kohtaamo.catalogue.domain.ServiceGroup;

/** Filters of the public service search; null means "any". */
public record ServiceSearch(String text, ServiceGroup group, String targetGroup, String lifeEvent,
                            String organisation, String municipality, ChannelType channelType, String language) {

    public static ServiceSearch all() {
        return new ServiceSearch(null, null, null, null, null, null, null, null);
    }
}
