package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The management view's counting queries. Each groups one source (a table, or a fixed sub-select
 * with the same columns) by a dimension and a period; every SQL fragment is fixed in this class,
 * never taken from the request, and an organisation of {@code null} counts every organisation; an
 * area of {@code null} every responsibility area, else only the services the catalogue names it for.
 */
@ApplicationScoped
public class ManagementFigures {

    /** What the rows are grouped by; each names its SQL expression. */
    public enum Dimension {
        SERVICE("coalesce(t.service_id::text, '-')"),
        SERVICE_GROUP("coalesce(t.service_group, '-')"),
        ORGANISATION("t.organisation"),
        CHANNEL("coalesce(t.channel, '-')"),
        SEGMENT("s.segment"),
        /** The service's responsibility area as the catalogue names it now (not at the time of the contact). */
        RESPONSIBILITY_AREA("coalesce((select ks.responsibility_area_id::text from known_service ks where ks.service_id = t.service_id), '-')");

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
                throw ProblemException.invalid("by", "must be service, service-group, organisation, channel, segment or responsibility-area");
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

    /** What is counted and from where. */
    public enum Source {
        CONTACTS("contact_fact", "received_at", """
                count(*), count(first_responded_at),
                count(*) filter (where first_responded_at is not null
                                   and (first_response_due is null or first_responded_at <= first_response_due)),
                count(resolved_at),
                count(*) filter (where resolved_at is not null and (resolution_due is null or resolved_at <= resolution_due))""",
                5),
        SATISFACTION("survey_response", "responded_at", """
                count(*), count(csat), coalesce(sum(csat), 0),
                count(*) filter (where csat = 1), count(*) filter (where csat = 2), count(*) filter (where csat = 3),
                count(*) filter (where csat = 4), count(*) filter (where csat = 5),
                count(nps), count(*) filter (where nps >= 9), count(*) filter (where nps <= 6)""",
                11),
        /** Satisfaction invitations after service, with their contact's dimensions: the response rate. */
        INVITATIONS("""
                (select i.created_at, c.organisation, c.service_id, c.service_group, c.channel, c.segments, i.responded_at
                   from survey_invitation i join contact_fact c on c.contact_id = i.contact_id)""", "created_at",
                "count(*), count(responded_at)", 2),
        FEEDBACK("feedback", "received_at", """
                count(*), count(*) filter (where kind = 'PRAISE'), count(*) filter (where kind = 'COMPLAINT'),
                count(*) filter (where kind = 'SUGGESTION'), count(*) filter (where kind = 'QUESTION'),
                count(*) filter (where kind = 'OTHER')""",
                6);

        final String table;
        final String timeColumn;
        final String measures;
        /** How many counts each group has, in the order of {@link #measures}. */
        public final int width;

        Source(String table, String timeColumn, String measures, int width) {
            this.table = table;
            this.timeColumn = timeColumn;
            this.measures = measures;
            this.width = width;
        }
    }

    /** The five kinds of feedback, in the order {@link #themeCounts} counts them. */
    public static final List<String> KINDS = List.of("PRAISE", "COMPLAINT", "SUGGESTION", "QUESTION", "OTHER");

    public record ThemeCount(String theme, long feedback, long[] byKind) {
    }

    public record WeekCount(LocalDate week, long contacts) {
    }

    /** Limits a source aliased {@code t} with a service_id to the services of the area :area. */
    private static final String IN_AREA =
            " and t.service_id in (select ks.service_id from known_service ks where ks.responsibility_area_id = :area)";

    private final EntityManager entityManager;

    public ManagementFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The source's counts per (dimension key, period) in [from, to). */
    public Map<List<String>, long[]> counts(Source source, String organisation, UUID area, Dimension by, Interval interval,
                                            Instant from, Instant to) {
        String segments = "";
        if (by == Dimension.SEGMENT) {
            segments = source == Source.FEEDBACK
                    ? " cross join (select '-'::text as segment) as s" // feedback knows no segment
                    : " cross join lateral unnest(case when cardinality(t.segments) = 0 then array['-'] else t.segments end) as s(segment)";
        }
        String sql = "select " + by.key + ", " + interval.of("t." + source.timeColumn) + ", " + source.measures
                + " from " + source.table + " t" + segments
                + " where t." + source.timeColumn + " >= :from and t." + source.timeColumn + " < :to"
                + (organisation == null ? "" : " and t.organisation = :organisation")
                + (area == null ? "" : IN_AREA)
                + " group by 1, 2";
        Map<List<String>, long[]> result = new HashMap<>();
        for (Object[] columns : rows(sql, organisation, area, null, from, to)) {
            long[] values = new long[source.width];
            for (int i = 0; i < source.width; i++) {
                values[i] = ((Number) columns[i + 2]).longValue();
            }
            result.put(List.of(String.valueOf(columns[0]), String.valueOf(columns[1])), values);
        }
        return result;
    }

    /** Feedback per theme and kind in [from, to), most first (a feedback with several themes counts for each). */
    public List<ThemeCount> themeCounts(String organisation, UUID area, Instant from, Instant to) {
        String sql = """
                select th.theme, count(*), count(*) filter (where kind = 'PRAISE'), count(*) filter (where kind = 'COMPLAINT'),
                       count(*) filter (where kind = 'SUGGESTION'), count(*) filter (where kind = 'QUESTION'),
                       count(*) filter (where kind = 'OTHER')
                  from feedback t
                  cross join lateral unnest(case when cardinality(t.themes) = 0 then array['-'] else t.themes end) as th(theme)
                 where t.received_at >= :from and t.received_at < :to"""
                + (organisation == null ? "" : " and t.organisation = :organisation")
                + (area == null ? "" : IN_AREA)
                + " group by 1 order by 2 desc, 1";
        List<ThemeCount> themes = new ArrayList<>();
        for (Object[] c : rows(sql, organisation, area, null, from, to)) {
            long[] byKind = new long[KINDS.size()];
            for (int i = 0; i < byKind.length; i++) {
                byKind[i] = ((Number) c[i + 2]).longValue();
            }
            themes.add(new ThemeCount((String) c[0], ((Number) c[1]).longValue(), byKind));
        }
        return themes;
    }

    /** Contacts per week (Monday, Helsinki time) in [from, to), of one service or all. */
    public List<WeekCount> weeklyContacts(String organisation, UUID area, UUID serviceId, Instant from, Instant to) {
        String sql = "select to_char(date_trunc('week', received_at at time zone 'Europe/Helsinki'), 'YYYY-MM-DD'), count(*)"
                + " from contact_fact t where received_at >= :from and received_at < :to"
                + (organisation == null ? "" : " and t.organisation = :organisation")
                + (serviceId == null ? "" : " and t.service_id = :service")
                + (area == null ? "" : IN_AREA)
                + " group by 1 order by 1";
        List<WeekCount> weeks = new ArrayList<>();
        for (Object[] c : rows(sql, organisation, area, serviceId, from, to)) {
            weeks.add(new WeekCount(LocalDate.parse((String) c[0]), ((Number) c[1]).longValue()));
        }
        return weeks;
    }

    /** Median response and resolution times of one group, in whole minutes; null when none was answered or resolved. */
    public record MedianTimes(Long firstResponseMinutes, Long resolutionMinutes) {
    }

    /**
     * Median times from receipt to first response and to resolution of the contacts received in
     * [from, to), per service ({@code "-"} for none) and, under {@code null}, for the whole organisation.
     */
    public Map<String, MedianTimes> medianTimes(String organisation, Instant from, Instant to) {
        String sql = """
                select coalesce(t.service_id::text, '-'), grouping(coalesce(t.service_id::text, '-')),
                       percentile_cont(0.5) within group (order by extract(epoch from t.first_responded_at - t.received_at)),
                       percentile_cont(0.5) within group (order by extract(epoch from t.resolved_at - t.received_at))
                  from contact_fact t
                 where t.received_at >= :from and t.received_at < :to and t.organisation = :organisation
                 group by grouping sets ((coalesce(t.service_id::text, '-')), ())""";
        Map<String, MedianTimes> medians = new HashMap<>();
        for (Object[] c : rows(sql, organisation, null, null, from, to)) {
            String key = ((Number) c[1]).intValue() == 1 ? null : (String) c[0];
            medians.put(key, new MedianTimes(minutes(c[2]), minutes(c[3])));
        }
        return medians;
    }

    private static Long minutes(Object seconds) {
        return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / 60);
    }

    private List<Object[]> rows(String sql, String organisation, UUID area, UUID serviceId, Instant from, Instant to) {
        var query = entityManager.createNativeQuery(sql, Object[].class).setParameter("from", from).setParameter("to", to);
        if (organisation != null) {
            query.setParameter("organisation", organisation);
        }
        if (area != null) {
            query.setParameter("area", area);
        }
        if (serviceId != null) {
            query.setParameter("service", serviceId);
        }
        return query.getResultList();
    }
}
