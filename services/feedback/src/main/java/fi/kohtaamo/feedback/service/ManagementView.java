package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.KnownOrganisation;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import fi.kohtaamo.feedback.repository.KnownServiceRepository;
import fi.kohtaamo.feedback.repository.ManagementFigures;
import fi.kohtaamo.feedback.repository.ManagementFigures.Dimension;
import fi.kohtaamo.feedback.repository.ManagementFigures.Interval;
import fi.kohtaamo.feedback.repository.ManagementFigures.Source;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The management view's figures side by side: contact volumes, service-level attainment,
 * satisfaction (CSAT and NPS) and spontaneous feedback, grouped by one dimension and optionally
 * by week or month. A manager sees their organisation; a steering body every organisation's
 * aggregates. No satisfaction or feedback figure is shown for a group smaller than the
 * configured minimum, so that no respondent can be singled out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ManagementView {

    /**
     * Which organisations the caller sees: one, or (for a steering body) all or one named; and, when
     * an area is named, only the services of that responsibility area.
     */
    public record Scope(String organisation, UUID area) {

        public static Scope of(Caller caller, String requested) {
            if (caller.hasRole("steering")) {
                return new Scope(requested == null || requested.isBlank() ? null : requested, null);
            }
            String own = caller.requireOrganisation();
            if (requested != null && !requested.isBlank() && !requested.equals(own)) {
                throw ProblemException.forbidden("You see only your own organisation's figures");
            }
            return new Scope(own, null);
        }
    }

    /**
     * The scope limited to the responsibility area named in {@code area} (none: unlimited): a unit
     * of the scope's organisation as the catalogue's events told this service (of any organisation
     * when the scope is every organisation's). Anything else is refused naming the field.
     */
    public Scope inArea(Scope scope, String area) {
        if (area == null || area.isEmpty()) {
            return scope;
        }
        UUID id;
        try {
            id = UUID.fromString(area);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("area", "is not a responsibility area's id");
        }
        KnownOrganisation unit = KnownOrganisation.findById(id);
        KnownOrganisation parent = unit == null || unit.parentId == null ? null : KnownOrganisation.findById(unit.parentId);
        if (parent == null || scope.organisation() != null && !scope.organisation().equals(parent.code)) {
            throw ProblemException.invalid("area", "not a responsibility area of "
                    + (scope.organisation() == null ? "any organisation" : scope.organisation()));
        }
        return new Scope(scope.organisation(), id);
    }

    public record Row(String key, String label, String period, long contacts, Long answered, Double firstResponseAttainment,
                      Long resolved, Double resolutionAttainment, Long responses, Double csatAverage,
                      List<Long> csatDistribution, Integer nps, long invited, Double responseRate, Long feedback,
                      Map<String, Long> feedbackByKind, boolean satisfactionSuppressed, boolean feedbackSuppressed) {
    }

    private final ManagementFigures figures;
    private final FeedbackConfig config;
    private final KnownServiceRepository services;

    public ManagementView(ManagementFigures figures, FeedbackConfig config, KnownServiceRepository services) {
        this.figures = figures;
        this.config = config;
        this.services = services;
    }

    public int minimumGroupSize() {
        return config.minimumGroupSize();
    }

    public List<Row> overview(Scope scope, Dimension by, Interval interval, Instant from, Instant to, String language) {
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        String organisation = scope.organisation();
        UUID area = scope.area();
        Map<List<String>, long[]> contacts = figures.counts(Source.CONTACTS, organisation, area, by, interval, from, to);
        Map<List<String>, long[]> satisfaction = figures.counts(Source.SATISFACTION, organisation, area, by, interval, from, to);
        Map<List<String>, long[]> invitations = figures.counts(Source.INVITATIONS, organisation, area, by, interval, from, to);
        Map<List<String>, long[]> feedback = figures.counts(Source.FEEDBACK, organisation, area, by, interval, from, to);
        TreeMap<List<String>, Boolean> keys = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(1))
                .thenComparing(k -> k.get(0)));
        contacts.keySet().forEach(key -> keys.put(key, true));
        satisfaction.keySet().forEach(key -> keys.put(key, true));
        invitations.keySet().forEach(key -> keys.put(key, true));
        feedback.keySet().forEach(key -> keys.put(key, true));
        Map<String, String> labels = by == Dimension.SERVICE ? serviceNames(language) : Map.of();
        int minimum = config.minimumGroupSize();
        List<Row> rows = new ArrayList<>();
        for (List<String> key : keys.keySet()) {
            long[] c = contacts.getOrDefault(key, new long[Source.CONTACTS.width]);
            long[] s = satisfaction.getOrDefault(key, new long[Source.SATISFACTION.width]);
            long[] f = feedback.getOrDefault(key, new long[Source.FEEDBACK.width]);
            long[] i = invitations.getOrDefault(key, new long[Source.INVITATIONS.width]);
            boolean csatShown = s[1] >= minimum;
            boolean npsShown = s[8] >= minimum;
            boolean responsesShown = s[0] >= minimum;
            boolean feedbackShown = f[0] == 0 || f[0] >= minimum;
            Map<String, Long> byKind = null;
            if (feedbackShown) {
                byKind = new HashMap<>();
                byKind.put("PRAISE", f[1]);
                byKind.put("COMPLAINT", f[2]);
                byKind.put("SUGGESTION", f[3]);
                byKind.put("QUESTION", f[4]);
                byKind.put("OTHER", f[5]);
            }
            rows.add(new Row(key.get(0), labels.get(key.get(0)), key.get(1).isEmpty() ? null : key.get(1), c[0],
                    c[1], share(c[2], c[1]), c[3], share(c[4], c[3]),
                    responsesShown ? s[0] : null,
                    csatShown ? Math.round(s[2] * 100.0 / s[1]) / 100.0 : null,
                    csatShown ? Arrays.stream(s, 3, 8).boxed().toList() : null,
                    npsShown ? (int) Math.round((s[9] - s[10]) * 100.0 / s[8]) : null,
                    i[0], share(i[1], i[0]),
                    feedbackShown ? f[0] : null, byKind,
                    s[0] > 0 && (!responsesShown || (s[1] > 0 && !csatShown) || (s[8] > 0 && !npsShown)),
                    !feedbackShown));
        }
        return rows;
    }

    public record Theme(String theme, Long feedback, Map<String, Long> byKind, boolean suppressed) {
    }

    /** Feedback per theme (a feedback with several themes counts for each; "-" for none yet). */
    public List<Theme> themes(Scope scope, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        int minimum = config.minimumGroupSize();
        List<Theme> themes = new ArrayList<>();
        for (ManagementFigures.ThemeCount count : figures.themeCounts(scope.organisation(), scope.area(), from, to)) {
            boolean shown = count.feedback() >= minimum;
            Map<String, Long> byKind = null;
            if (shown) {
                byKind = new HashMap<>();
                for (int i = 0; i < ManagementFigures.KINDS.size(); i++) {
                    byKind.put(ManagementFigures.KINDS.get(i), count.byKind()[i]);
                }
            }
            themes.add(new Theme(count.theme(), shown ? count.feedback() : null, byKind, !shown));
        }
        return themes;
    }

    private Map<String, String> serviceNames(String language) {
        Map<String, String> names = new HashMap<>();
        for (KnownService service : services.listAll()) {
            String name = switch (language == null ? "fi" : language) {
                case "sv" -> service.nameSv;
                case "en" -> service.nameEn;
                default -> service.nameFi;
            };
            names.put(service.serviceId.toString(), name != null ? name : service.code);
        }
        return names;
    }

    /** A share rounded to three decimals; null when nothing was counted. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }

    /** Weekly contact counts of a service (or the whole scope) for the forecast. */
    public List<Forecasts.Week> weeklyContacts(Scope scope, UUID serviceId, Instant from, Instant to) {
        return figures.weeklyContacts(scope.organisation(), scope.area(), serviceId, from, to).stream()
                .map(week -> new Forecasts.Week(week.week(), week.contacts()))
                .toList();
    }
}
