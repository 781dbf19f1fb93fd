package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import fi.kohtaamo.feedback.repository.KnownServiceRepository;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** What the rows are grouped by; each names its SQL expression (never taken from the request). */
    public enum Dimension {
        SERVICE("coalesce(t.service_id::text, '-')"),
        SERVICE_GROUP("coalesce(t.service_group, '-')"),
        ORGANISATION("t.organisation"),
        CHANNEL("coalesce(t.channel, '-')"),
        SEGMENT("s.segment");

        final String key;

        Dimension(String key) {
            this.key = key;
        }

        public static Dimension parse(String value) {
            if (value == null) {
                return SERVICE;
            }
            try {
                return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("by", "must be service, service-group, organisation, channel or segment");
            }
        }
    }

    public enum Interval {
        NONE, WEEK, MONTH;

        public static Interval parse(String value) {
            if (value == null) {
                return NONE;
            }
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("interval", "must be none, week or month");
            }
        }

        String of(String column) {
            return switch (this) {
                case NONE -> "''";
                case WEEK -> "to_char(date_trunc('week', " + column + " at time zone 'Europe/Helsinki'), 'YYYY-MM-DD')";
                case MONTH -> "to_char(date_trunc('month', " + column + " at time zone 'Europe/Helsinki'), 'YYYY-MM-DD')";
            };
        }
    }

    /** Which organisations the caller sees: one, or (for a steering body) all or one named. */
    public record Scope(String organisation) {

        public static Scope of(Caller caller, String requested) {
            if (caller.hasRole("steering")) {
                return new Scope(requested == null || requested.isBlank() ? null : requested);
            }
            String own = caller.requireOrganisation();
            if (requested != null && !requested.isBlank() && !requested.equals(own)) {
                throw ProblemException.forbidden("You see only your own organisation's figures");
            }
            return new Scope(own);
        }
    }

    public record Row(String key, String label, String period, long contacts, Long answered, Double firstResponseAttainment,
                      Long resolved, Double resolutionAttainment, Long responses, Double csatAverage,
                      List<Long> csatDistribution, Integer nps, long invited, Double responseRate, Long feedback,
                      Map<String, Long> feedbackByKind, boolean satisfactionSuppressed, boolean feedbackSuppressed) {
    }

    private final EntityManager entityManager;
    private final FeedbackConfig config;
    private final KnownServiceRepository services;

    public ManagementView(EntityManager entityManager, FeedbackConfig config, KnownServiceRepository services) {
        this.entityManager = entityManager;
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
        Map<List<String>, long[]> contacts = aggregate("contact_fact", "received_at", """
                count(*), count(first_responded_at),
                count(*) filter (where first_responded_at is not null
                                   and (first_response_due is null or first_responded_at <= first_response_due)),
                count(resolved_at),
                count(*) filter (where resolved_at is not null and (resolution_due is null or resolved_at <= resolution_due))""",
                5, scope, by, interval, from, to);
        Map<List<String>, long[]> satisfaction = aggregate("survey_response", "responded_at", """
                count(*), count(csat), coalesce(sum(csat), 0),
                count(*) filter (where csat = 1), count(*) filter (where csat = 2), count(*) filter (where csat = 3),
                count(*) filter (where csat = 4), count(*) filter (where csat = 5),
                count(nps), count(*) filter (where nps >= 9), count(*) filter (where nps <= 6)""",
                11, scope, by, interval, from, to);
        // Satisfaction invitations after service, with their contact's dimensions: the response rate.
        Map<List<String>, long[]> invitations = aggregate("""
                (select i.created_at, c.organisation, c.service_id, c.service_group, c.channel, c.segments, i.responded_at
                   from survey_invitation i join contact_fact c on c.contact_id = i.contact_id)""", "created_at",
                "count(*), count(responded_at)", 2, scope, by, interval, from, to);
        Map<List<String>, long[]> feedback = aggregate("feedback", "received_at", """
                count(*), count(*) filter (where kind = 'PRAISE'), count(*) filter (where kind = 'COMPLAINT'),
                count(*) filter (where kind = 'SUGGESTION'), count(*) filter (where kind = 'QUESTION'),
                count(*) filter (where kind = 'OTHER')""",
                6, scope, by, interval, from, to);
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
            long[] c = contacts.getOrDefault(key, new long[5]);
            long[] s = satisfaction.getOrDefault(key, new long[11]);
            long[] f = feedback.getOrDefault(key, new long[6]);
            long[] i = invitations.getOrDefault(key, new long[2]);
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

    /**
     * Counts per (key, period) of one source (a table, or a fixed sub-select with the same columns);
     * the key and period expressions are fixed here, never taken from the request.
     */
    private Map<List<String>, long[]> aggregate(String table, String timeColumn, String measures, int width, Scope scope,
                                                Dimension by, Interval interval, Instant from, Instant to) {
        String segments = by == Dimension.SEGMENT
                ? " cross join lateral unnest(case when cardinality(t.segments) = 0 then array['-'] else t.segments end) as s(segment)"
                : "";
        if (by == Dimension.SEGMENT && "feedback".equals(table.strip())) {
            segments = " cross join (select '-'::text as segment) as s"; // feedback knows no segment
        }
        String sql = "select " + by.key + ", " + interval.of("t." + timeColumn) + ", " + measures
                + " from " + table + " t" + segments
                + " where t." + timeColumn + " >= :from and t." + timeColumn + " < :to"
                + (scope.organisation() == null ? "" : " and t.organisation = :organisation")
                + " group by 1, 2";
        var query = entityManager.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
        if (scope.organisation() != null) {
            query.setParameter("organisation", scope.organisation());
        }
        Map<List<String>, long[]> result = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long[] values = new long[width];
            for (int i = 0; i < width; i++) {
                values[i] = ((Number) columns[i + 2]).longValue();
            }
            result.put(List.of(String.valueOf(columns[0]), String.valueOf(columns[1])), values);
        }
        return result;
    }

    public record Theme(String theme, Long feedback, Map<String, Long> byKind, boolean suppressed) {
    }

    /** Feedback per theme (a feedback with several themes counts for each; "-" for none yet). */
    public List<Theme> themes(Scope scope, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        String sql = """
                select th.theme, count(*), count(*) filter (where kind = 'PRAISE'), count(*) filter (where kind = 'COMPLAINT'),
                       count(*) filter (where kind = 'SUGGESTION'), count(*) filter (where kind = 'QUESTION'),
                       count(*) filter (where kind = 'OTHER')
                  from feedback t
                  cross join lateral unnest(case when cardinality(t.themes) = 0 then array['-'] else t.themes end) as th(theme)
                 where t.received_at >= :from and t.received_at < :to""" + (scope.organisation() == null ? "" : " and t.organisation = :organisation")
                + " group by 1 order by 2 desc, 1";
        var query = entityManager.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
        if (scope.organisation() != null) {
            query.setParameter("organisation", scope.organisation());
        }
        int minimum = config.minimumGroupSize();
        List<Theme> themes = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            long count = ((Number) c[1]).longValue();
            boolean shown = count >= minimum;
            Map<String, Long> byKind = null;
            if (shown) {
                byKind = new HashMap<>();
                String[] kinds = {"PRAISE", "COMPLAINT", "SUGGESTION", "QUESTION", "OTHER"};
                for (int i = 0; i < kinds.length; i++) {
                    byKind.put(kinds[i], ((Number) c[i + 2]).longValue());
                }
            }
            themes.add(new Theme((String) c[0], shown ? count : null, byKind, !shown));
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
        String sql = "select to_char(date_trunc('week', received_at at time zone 'Europe/Helsinki'), 'YYYY-MM-DD'), count(*)"
                + " from contact_fact t where received_at >= :from and received_at < :to"
                + (scope.organisation() == null ? "" : " and t.organisation = :organisation")
                + (serviceId == null ? "" : " and t.service_id = :service")
                + " group by 1 order by 1";
        var query = entityManager.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
        if (scope.organisation() != null) {
            query.setParameter("organisation", scope.organisation());
        }
        if (serviceId != null) {
            query.setParameter("service", serviceId);
        }
        List<Forecasts.Week> weeks = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            weeks.add(new Forecasts.Week(java.time.LocalDate.parse((String) c[0]), ((Number) c[1]).longValue()));
        }
        return weeks;
    }
}
