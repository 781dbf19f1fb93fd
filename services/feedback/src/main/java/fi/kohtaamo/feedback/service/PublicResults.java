package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.feedback.domain.Quarter;
import fi.kohtaamo.feedback.repository.KnownServiceRepository;
import fi.kohtaamo.feedback.repository.ManagementFigures;
import fi.kohtaamo.feedback.repository.ManagementFigures.Dimension;
import fi.kohtaamo.feedback.repository.ManagementFigures.Interval;
import fi.kohtaamo.feedback.repository.ManagementFigures.MedianTimes;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The results every agency owes the public (issue 23): per organisation and service, a quarter's
 * service-level attainment, median response and resolution times and satisfaction, from the same
 * counts as the management view. Nothing personal: only aggregates, and none of a group smaller
 * than the management view's minimum (service levels and times below that many contacts,
 * satisfaction below that many answers), so that no client's contact or answer can be read off.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicResults {

    /** One group's figures; each null when suppressed or when nothing was counted. */
    public record Figures(UUID serviceId, Map<String, String> name, long contacts, Long answered,
                          Double firstResponseAttainment, Long medianFirstResponseMinutes, Long resolved,
                          Double resolutionAttainment, Long medianResolutionMinutes, Long responses, Double csatAverage,
                          Integer nps, boolean serviceLevelSuppressed, boolean satisfactionSuppressed) {
    }

    public record Results(String organisation, String quarter, Instant from, Instant to, int minimumGroupSize,
                          Figures total, List<Figures> services) {
    }

    private final ManagementView view;
    private final ManagementFigures figures;
    private final KnownServiceRepository services;
    private final FeedbackConfig config;

    public PublicResults(ManagementView view, ManagementFigures figures, KnownServiceRepository services,
                         FeedbackConfig config) {
        this.view = view;
        this.figures = figures;
        this.services = services;
        this.config = config;
    }

    /** The organisation's (or one of its services') results of the quarter; 404 for an unknown one. */
    public Results of(String organisation, UUID serviceId, Quarter quarter) {
        List<KnownService> known = services.ofOrganisation(organisation);
        if (known.isEmpty()) {
            throw ProblemException.notFound("Organisation", organisation);
        }
        if (serviceId != null) {
            known = known.stream().filter(s -> s.serviceId.equals(serviceId)).toList();
            if (known.isEmpty()) {
                throw ProblemException.notFound("Service", serviceId);
            }
        }
        Instant from = quarter.start();
        Instant to = quarter.end();
        ManagementView.Scope scope = new ManagementView.Scope(organisation, null);
        Map<String, ManagementView.Row> byService = view.overview(scope, Dimension.SERVICE, Interval.NONE, from, to, null)
                .stream().collect(Collectors.toMap(ManagementView.Row::key, Function.identity()));
        Map<String, MedianTimes> medians = figures.medianTimes(organisation, from, to);
        Figures total = serviceId != null ? null : figures(null, null,
                view.overview(scope, Dimension.ORGANISATION, Interval.NONE, from, to, null).stream().findFirst().orElse(null),
                medians.get(null));
        List<Figures> rows = known.stream()
                .map(s -> figures(s.serviceId, names(s), byService.get(s.serviceId.toString()),
                        medians.get(s.serviceId.toString())))
                .toList();
        return new Results(organisation, quarter.toString(), from, to, config.minimumGroupSize(), total, rows);
    }

    private Figures figures(UUID serviceId, Map<String, String> name, ManagementView.Row row, MedianTimes times) {
        if (row == null) {
            return new Figures(serviceId, name, 0, null, null, null, null, null, null, null, null, null, false, false);
        }
        boolean levels = row.contacts() >= config.minimumGroupSize();
        MedianTimes medians = times == null ? new MedianTimes(null, null) : times;
        return new Figures(serviceId, name, row.contacts(),
                levels ? row.answered() : null, levels ? row.firstResponseAttainment() : null,
                levels ? medians.firstResponseMinutes() : null,
                levels ? row.resolved() : null, levels ? row.resolutionAttainment() : null,
                levels ? medians.resolutionMinutes() : null,
                row.csatAverage() == null ? null : row.responses(), row.csatAverage(), row.nps(),
                !levels && row.contacts() > 0, row.satisfactionSuppressed());
    }

    private static Map<String, String> names(KnownService service) {
        String fi = service.nameFi != null ? service.nameFi : service.code;
        return Map.of("fi", fi, "sv", service.nameSv != null ? service.nameSv : fi,
                "en", service.nameEn != null ? service.nameEn : fi);
    }
}
