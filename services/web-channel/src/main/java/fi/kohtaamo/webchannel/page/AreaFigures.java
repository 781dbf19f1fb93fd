package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueAdminClient;
import fi.kohtaamo.webchannel.client.StatisticsClient;
import fi.kohtaamo.webchannel.i18n.CatAdminMessages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The management view's contacts per responsibility area: the feedback service counts them by
 * the area's id (as the catalogue names it for each service), the catalogue names the areas.
 */
@ApplicationScoped
public class AreaFigures {

    private static final Logger LOG = Logger.getLogger(AreaFigures.class);

    private final StatisticsClient statistics;
    private final CatalogueAdminClient catalogue;

    public AreaFigures(@RestClient StatisticsClient statistics, @RestClient CatalogueAdminClient catalogue) {
        this.statistics = statistics;
        this.catalogue = catalogue;
    }

    /** Contacts since {@code from} per area (of one area when {@code area} names one), most first; "no area" for services that name none. */
    Chart chart(String from, String language, String area) {
        CatAdminMessages m = MessageBundles.get(CatAdminMessages.class, Localized.Literal.of(language));
        List<StatisticsClient.Row> rows = statistics.overview("responsibility-area", "none", from, language, area).rows().stream()
                .sorted(Comparator.comparingLong(StatisticsClient.Row::contacts).reversed()).toList();
        Map<String, String> names = areaNames(language);
        return Chart.of("chart-areas", m.cat_chart_areas(), m.cat_chart_areas_desc(),
                rows.stream().map(r -> "-".equals(r.key()) ? m.cat_chart_no_area() : names.getOrDefault(r.key(), r.key())).toList(),
                rows.stream().map(r -> (double) r.contacts()).toList(),
                rows.stream().map(r -> String.valueOf(r.contacts())).toList(), 0);
    }

    /**
     * Units by id, by the area's own part of the name ("transport and infrastructure", after the
     * agency's long name, which a chart label would cut off); none when the catalogue does not
     * answer (ids are shown).
     */
    private Map<String, String> areaNames(String language) {
        try {
            return catalogue.organisations().stream().filter(o -> o.parentId() != null)
                    .collect(Collectors.toMap(o -> o.id().toString(), o -> areaPart(o.name().in(language)), (a, b) -> a));
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("catalogue unavailable: %s", e.getMessage());
            return Map.of();
        }
    }

    /**
     * The responsibility areas (units) of the organisation with this code, by id, named by the
     * area's own part of the name and sorted by it; none when the catalogue does not answer.
     */
    java.util.Map<String, String> areasOf(String organisation, String language) {
        try {
            List<CatalogueAdminClient.Organisation> all = catalogue.organisations();
            java.util.Set<java.util.UUID> agency = all.stream().filter(o -> o.parentId() == null && o.code().equals(organisation))
                    .map(CatalogueAdminClient.Organisation::id).collect(Collectors.toSet());
            return all.stream().filter(o -> agency.contains(o.parentId()))
                    .map(o -> Map.entry(o.id().toString(), areaPart(o.name().in(language))))
                    .sorted(Map.Entry.comparingByValue())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("catalogue unavailable: %s", e.getMessage());
            return Map.of();
        }
    }

    static String areaPart(String unitName) {
        int colon = unitName == null ? -1 : unitName.lastIndexOf(": ");
        return colon < 0 ? unitName : unitName.substring(colon + 2);
    }
}
