package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.StatisticsClient;
import fi.kohtaamo.webchannel.client.WorkClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.RuleMessages;
import fi.kohtaamo.webchannel.i18n.ManageMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.commaList;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.unavailable;

/**
 * The management view and the supervisor's queue dashboard: figures from the feedback service and
 * contact routing as accessible charts (SVG with the numbers written in, and the same numbers in a
 * table), a CSV export, and the queues' live state.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ManagerPages {

    private static final Logger LOG = Logger.getLogger(ManagerPages.class);

    private final StatisticsClient statistics;
    private final WorkClient work;
    private final fi.kohtaamo.webchannel.client.CatalogueClient catalogue;
    private final PageFrame frame;
    private final AreaFigures areas;
    private final org.eclipse.microprofile.jwt.JsonWebToken token;

    public ManagerPages(@RestClient StatisticsClient statistics, @RestClient WorkClient work,
                        @RestClient fi.kohtaamo.webchannel.client.CatalogueClient catalogue, PageFrame frame,
                        AreaFigures areas, org.eclipse.microprofile.jwt.JsonWebToken token) {
        this.areas = areas;
        this.token = token;
        this.statistics = statistics;
        this.work = work;
        this.catalogue = catalogue;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance manage(PageContext page, int days, List<Chart> charts,
                                              List<StatisticsClient.Row> services, String csvHref, int minimumGroupSize,
                                              List<String> serviceLabels, StatisticsClient.SurveyTypes surveyTypes,
                                              String area, List<SetupSupport.Option> areas, java.util.Map<String, String> errors);

        static native TemplateInstance supervise(PageContext page, List<FigureView> queues, List<AgentView> agents,
                                                 String updated);

        static native TemplateInstance rules(PageContext page, List<RuleView> rules, List<FeedbackPages.ServiceOption> services,
                                             java.util.Map<String, String> form, WorkClient.Simulation simulation,
                                             java.util.Map<String, String> errors, String notice);
    }

    public record RuleView(String id, int position, String name, boolean enabled, String conditions, String targetQueue,
                           Integer priority, String skills, int version, String updatedBy, String updatedAt) {
    }

    /** An agent's load: contacts held (assigned) against capacity, and those waiting for the client. */
    public record AgentView(String username, boolean expert, String presence, long assigned, int capacity,
                            long waitingForClient, boolean full) {
    }

    /** A queue's figures; {@code name} in the page's language (its code when the user no longer sees the queue). */
    public record FigureView(String code, long queued, long assigned, long waitingForClient, String oldest, long atRisk,
                             long breached, long agentsAvailable, long agentsMembers, String name) {
    }

    @GET
    @Path("/manage")
    public Response manage(@QueryParam("days") Integer days, @QueryParam("area") String area, @QueryParam("lang") String lang,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        int period = days == null || !List.of(30, 90, 365).contains(days) ? 30 : days;
        Object org = token.getClaim("org");
        java.util.Map<String, String> areaNames = areas.areasOf(org == null ? "" : org.toString(), language);
        String chosen = area == null || area.isEmpty() ? null : area;
        if (chosen != null && !areaNames.containsKey(chosen)) {
            // not one of the organisation's areas: every figure unlimited, the refusal beside the select
            return manage(period, null, areaNames, java.util.Map.of("area", "manage_error_area"), language, lang, uri, 400);
        }
        return manage(period, chosen, areaNames, java.util.Map.of(), language, lang, uri, 200);
    }

    /** The management view of the period, of one responsibility area or (area null) all. */
    private Response manage(int period, String area, java.util.Map<String, String> areaNames, java.util.Map<String, String> errorKeys,
                            String language, String lang, UriInfo uri, int status) {
        String from = Instant.now().minus(Duration.ofDays(period)).toString();
        String yearAgo = Instant.now().minus(Duration.ofDays(365)).toString();
        ManageMessages m = MessageBundles.get(ManageMessages.class, Localized.Literal.of(language));
        fi.kohtaamo.webchannel.i18n.RuleMessages channels = MessageBundles.get(fi.kohtaamo.webchannel.i18n.RuleMessages.class,
                Localized.Literal.of(language));
        try {
            StatisticsClient.Overview byService = statistics.overview("service", "none", from, language, area);
            StatisticsClient.Overview byChannel = statistics.overview("channel", "none", from, language, area);
            StatisticsClient.Overview byMonth = statistics.overview("organisation", "month", yearAgo, language, area);
            List<StatisticsClient.Theme> themes = statistics.themes(from, area);
            StatisticsClient.Forecast forecast = statistics.forecast(26, 8, area);
            List<StatisticsClient.Row> services = byService.rows().stream()
                    .sorted(Comparator.comparingLong(StatisticsClient.Row::contacts).reversed()).toList();
            java.util.Map<String, String> serviceNames = serviceNames(language);
            List<String> serviceLabels = labels(services, m, serviceNames);
            List<StatisticsClient.Row> months = byMonth.rows().stream()
                    .sorted(Comparator.comparing(StatisticsClient.Row::period)).toList();
            List<Chart> charts = List.of(
                    Chart.of("chart-volumes", m.chart_volumes(), m.chart_volumes_desc(), serviceLabels,
                            services.stream().map(r -> (double) r.contacts()).toList(),
                            services.stream().map(r -> String.valueOf(r.contacts())).toList(), 0),
                    Chart.of("chart-channels", m.chart_channels(), m.chart_channels_desc(),
                            byChannel.rows().stream().map(r -> r.key() == null || "-".equals(r.key()) ? m.chart_no_channel()
                                    : channels.channel_name(r.key())).toList(),
                            byChannel.rows().stream().map(r -> (double) r.contacts()).toList(),
                            byChannel.rows().stream().map(r -> String.valueOf(r.contacts())).toList(), 0),
                    Chart.of("chart-service-levels", m.chart_service_levels(), m.chart_service_levels_desc(), serviceLabels,
                            services.stream().map(r -> percent(r.firstResponseAttainment())).toList(),
                            services.stream().map(r -> percentText(r.firstResponseAttainment())).toList(), 100),
                    Chart.of("chart-satisfaction", m.chart_satisfaction(), m.chart_satisfaction_desc(), serviceLabels,
                            services.stream().map(StatisticsClient.Row::csatAverage).toList(),
                            services.stream().map(r -> Chart.format(r.csatAverage(), 2)).toList(), 5),
                    Chart.of("chart-trend", m.chart_trend(), m.chart_trend_desc(),
                            months.stream().map(StatisticsClient.Row::period).toList(),
                            months.stream().map(StatisticsClient.Row::csatAverage).toList(),
                            months.stream().map(r -> Chart.format(r.csatAverage(), 2)).toList(), 5),
                    Chart.of("chart-themes", m.chart_themes(), m.chart_themes_desc(),
                            themes.stream().map(t -> "-".equals(t.theme()) ? m.chart_no_theme() : t.theme()).toList(),
                            themes.stream().map(t -> t.feedback() == null ? null : (double) t.feedback()).toList(),
                            themes.stream().map(t -> t.feedback() == null ? "–" : String.valueOf(t.feedback())).toList(), 0),
                    Chart.of("chart-forecast", m.chart_forecast(), m.chart_forecast_desc(),
                            forecast.forecast().stream().map(StatisticsClient.Point::week).toList(),
                            forecast.forecast().stream().map(StatisticsClient.Point::contacts).toList(),
                            forecast.forecast().stream().map(p -> Chart.format(p.contacts(), 1)).toList(), 0));
            charts = java.util.stream.Stream.concat(charts.stream(), java.util.stream.Stream.of(areas.chart(from, language, area))).toList();
            List<SetupSupport.Option> areaOptions = areaNames.entrySet().stream()
                    .map(a -> new SetupSupport.Option(a.getKey(), a.getValue(), a.getKey().equals(area))).toList();
            return staffPage(Templates.manage(frame.context(language, uri), period, charts, services,
                    "/api/v1/statistics/overview?format=csv&by=service&from=" + from + (area == null ? "" : "&area=" + area),
                    byService.minimumGroupSize(), serviceLabels, statistics.surveyTypes(from, area), area, areaOptions,
                    texts(ManageMessages.class, errorKeys, language)),
                    language, lang, status);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 403) {
                return notFound(frame.context(language, uri), language);
            }
            if (e.getResponse().getStatus() == 400 && area != null) {
                // the feedback service does not know the area (yet): all areas' figures, the refusal beside the select
                return manage(period, null, areaNames, java.util.Map.of("area", "manage_error_area"), language, lang, uri, 400);
            }
            LOG.warnf("feedback answered %d", e.getResponse().getStatus());
            return unavailable(frame.context(language, uri), language);
        } catch (ProcessingException e) {
            LOG.warnf("feedback unavailable: %s", e.getMessage());
            return unavailable(frame.context(language, uri), language);
        }
    }

    @GET
    @Path("/supervise")
    public Response supervise(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                              @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            java.util.Map<String, String> queueNames = queueNames(language);
            List<FigureView> queues = work.supervision().stream()
                    .map(q -> new FigureView(q.code(), q.queued(), q.assigned(), q.waitingForClient(),
                            q.oldestQueuedSince() == null ? "–" : WHEN.format(q.oldestQueuedSince()), q.atRisk(), q.breached(),
                            q.agentsAvailable(), q.agentsMembers(), queueNames.getOrDefault(q.code(), q.code())))
                    .toList();
            List<AgentView> agents = work.agents().stream()
                    .map(a -> {
                        long assigned = a.assigned() == null ? 0 : a.assigned();
                        return new AgentView(a.username() == null ? a.subject() : a.username(), a.expert(), a.presence(),
                                assigned, a.capacity(), a.waitingForClient() == null ? 0 : a.waitingForClient(),
                                assigned >= a.capacity());
                    })
                    .toList();
            return staffPage(Templates.supervise(frame.context(language, uri), queues, agents, WHEN.format(Instant.now())),
                    language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("contact routing: %s", e.getMessage());
            return unavailable(frame.context(language, uri), language);
        }
    }

    /**
     * A service's name: the feedback service's label, else the catalogue's name for its id (the
     * figures may name a service feedback has no name for); contacts without a service are "no service".
     */
    private static List<String> labels(List<StatisticsClient.Row> rows, ManageMessages m, java.util.Map<String, String> names) {
        return rows.stream().map(r -> r.label() != null ? r.label() : r.key() == null || "-".equals(r.key()) ? m.chart_no_service()
                : names.getOrDefault(r.key(), r.key())).toList();
    }

    /** The catalogue's services by id, named in the language; none when the catalogue does not answer (ids are shown). */
    private java.util.Map<String, String> serviceNames(String language) {
        try {
            return catalogue.services().stream().collect(java.util.stream.Collectors.toMap(s -> s.id().toString(),
                    s -> s.name() == null ? s.code() : s.name().in(language), (first, second) -> first));
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("catalogue unavailable: %s", e.getMessage());
            return java.util.Map.of();
        }
    }

    /** The queues the user sees by code, named in the language; none when routing does not answer (codes are shown). */
    private java.util.Map<String, String> queueNames(String language) {
        try {
            return work.queues().stream().collect(java.util.stream.Collectors.toMap(WorkClient.Queue::code,
                    q -> WorkPages.QueueView.of(q, language).name(), (first, second) -> first));
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("queues unavailable: %s", e.getMessage());
            return java.util.Map.of();
        }
    }

    @GET
    @Path("/supervise/rules")
    public Response rules(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                          @CookieParam(Language.COOKIE) String remembered,
                          @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String noticeText = notice != null && notice.matches("rule_(created|saved|deleted)")
                ? text(RuleMessages.class, "notice_" + notice, language) : null;
        return rulesPage(java.util.Map.of("language", language), null, java.util.Map.of(), noticeText, language, lang, uri, 200);
    }

    /** The simulator: which queue and rule a contact like this would get, and why, in words. */
    @jakarta.ws.rs.POST
    @Path("/supervise/rules/simulate")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response simulate(jakarta.ws.rs.core.MultivaluedMap<String, String> form,
                             @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                             @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        java.util.Map<String, String> kept = formValues(form);
        java.util.UUID service = null;
        try {
            service = kept.getOrDefault("serviceId", "").isEmpty() ? null : java.util.UUID.fromString(kept.get("serviceId"));
        } catch (IllegalArgumentException e) {
            return rulesPage(kept, null, java.util.Map.of("serviceId", "error_service"), language, null, uri, 400);
        }
        String contactLanguage = Language.isSupported(kept.get("language")) ? kept.get("language") : "fi";
        String channel = List.of("WEB", "PHONE", "EMAIL", "CHAT").contains(kept.get("channel")) ? kept.get("channel") : "WEB";
        try {
            WorkClient.Simulation result = work.simulate(new WorkClient.Sample(service, channel, contactLanguage,
                    kept.getOrDefault("description", ""), commaList(kept.getOrDefault("segments", ""))));
            return rulesPage(kept, result, java.util.Map.of(), language, null, uri, 200);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                return rulesPage(kept, null, java.util.Map.of("description", "error_generic"), language, null, uri, 400);
            }
            return unavailable(frame.context(language, uri), language);
        } catch (ProcessingException e) {
            return unavailable(frame.context(language, uri), language);
        }
    }

    private Response rulesPage(java.util.Map<String, String> form, WorkClient.Simulation simulation,
                               java.util.Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        return rulesPage(form, simulation, errors, null, language, explicit, uri, status);
    }

    private Response rulesPage(java.util.Map<String, String> form, WorkClient.Simulation simulation,
                               java.util.Map<String, String> errors, String notice, String language, String explicit,
                               UriInfo uri, int status) {
        try {
            RuleMessages words = MessageBundles.get(RuleMessages.class, Localized.Literal.of(language));
            java.util.Map<String, String> serviceNames = serviceNames(language);
            java.util.Map<String, String> queueNames = queueNames(language);
            List<RuleView> rules = work.rules().stream()
                    .sorted(Comparator.comparingInt(WorkClient.Rule::position))
                    .map(r -> new RuleView(r.id().toString(), r.position(), r.name(), r.enabled(),
                            describe(r.conditions(), words, serviceNames),
                            r.targetQueue() == null ? null : queueNames.getOrDefault(r.targetQueue(), r.targetQueue()),
                            r.priority(), r.requiredSkills() == null ? "" : r.requiredSkills().toString(), r.version(),
                            r.updatedBy(), r.updatedAt() == null ? "" : WHEN.format(r.updatedAt())))
                    .toList();
            return staffPage(Templates.rules(frame.context(language, uri), rules,
                    FeedbackPages.serviceOptions(catalogue, language, form.get("serviceId")), form, named(simulation, queueNames),
                    texts(RuleMessages.class, errors, language), notice), language, explicit, status);
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("contact routing: %s", e.getMessage());
            return unavailable(frame.context(language, uri), language);
        }
    }

    /** The simulator's answer with the queue by its name in the page's language (its code when it has none). */
    private static WorkClient.Simulation named(WorkClient.Simulation simulation, java.util.Map<String, String> queueNames) {
        return simulation == null ? null : new WorkClient.Simulation(queueNames.getOrDefault(simulation.queue(), simulation.queue()),
                simulation.tier(), simulation.priority(), simulation.requiredSkills(), simulation.ruleName(),
                simulation.ruleVersion(), simulation.reason(), simulation.preferredChannels());
    }

    /**
     * A rule's conditions in one line, only those it sets, in words: each condition as the rule
     * form names it, services and channels by name. Conditions the form does not edit keep their key.
     */
    static String describe(java.util.Map<String, Object> conditions, RuleMessages words, java.util.Map<String, String> services) {
        if (conditions == null) {
            return "";
        }
        List<String> parts = new java.util.ArrayList<>();
        conditions.forEach((key, value) -> {
            boolean empty = value == null || (value instanceof java.util.Collection<?> c && c.isEmpty())
                    || (value instanceof java.util.Map<?, ?> m && m.isEmpty());
            if (empty) {
                return;
            }
            java.util.function.UnaryOperator<String> named = switch (key) {
                case "services" -> id -> services.getOrDefault(id, id);
                case "channels" -> words::channel_name;
                case "preferredChannel" -> yes -> Boolean.parseBoolean(yes) ? words.rule_preferred_yes() : words.rule_preferred_no();
                default -> java.util.function.UnaryOperator.identity();
            };
            String said = value instanceof java.util.Collection<?> many
                    ? String.join(", ", many.stream().map(String::valueOf).map(named).toList()) : named.apply(String.valueOf(value));
            parts.add(switch (key) {
                case "services" -> words.rule_services();
                case "serviceGroups" -> words.rule_groups();
                case "channels" -> words.rule_channels();
                case "languages" -> words.rule_languages();
                case "keywords" -> words.rule_keywords();
                case "segments" -> words.rule_segments();
                case "municipalities" -> words.rule_municipalities();
                case "preferredChannel" -> words.rule_preferred_channel();
                default -> key;
            } + ": " + said);
        });
        return String.join("; ", parts);
    }

    private static Double percent(Double share) {
        return share == null ? null : share * 100;
    }

    private static String percentText(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

}
