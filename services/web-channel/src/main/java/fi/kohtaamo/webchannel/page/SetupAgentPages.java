package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.SetupClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.SetupMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;
import static fi.kohtaamo.webchannel.page.SetupSupport.Option;
import static fi.kohtaamo.webchannel.page.SetupSupport.ifMatch;
import static fi.kohtaamo.webchannel.page.SetupSupport.single;

/**
 * The supervisor's agents: the organisation's agents with their load, and per agent the skills
 * (levels 1–5), languages, capacity and queues. A change names the version of the agent the page
 * showed; the agent's own presence changes it too, so a stale save shows the current values.
 * (The per-agent figures are another page: /supervise/agents.)
 */
@Path("/supervise/team")
@Produces(MediaType.TEXT_HTML)
public class SetupAgentPages {

    private static final int EMPTY_ROWS = 3;
    private static final int MAX_SKILLS = 50;

    private final SetupClient setup;
    private final PageFrame frame;

    public SetupAgentPages(@RestClient SetupClient setup, PageFrame frame) {
        this.setup = setup;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance team(PageContext page, List<Row> rows, String notice);

        static native TemplateInstance member(PageContext page, String subject, String username, Map<String, String> form,
                                              Map<String, String> errors, List<Integer> skills, List<Option> languages,
                                              List<Option> queues);
    }

    /** An agent as listed: load as held / capacity, skills as "permits 3". */
    public record Row(String subject, String username, boolean expert, String presence, long assigned, int capacity,
                      String languages, String skills, int queues) {
    }

    @GET
    public Response list(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            List<Row> rows = setup.agents().stream().map(a -> new Row(a.subject(), a.username() == null ? a.subject() : a.username(),
                    a.expert(), a.presence(), a.assigned() == null ? 0 : a.assigned(), a.capacity(),
                    a.languages() == null ? "" : String.join(", ", a.languages()),
                    a.skills() == null || a.skills().isEmpty() ? "–" : new TreeMap<>(a.skills()).entrySet().stream()
                            .map(s -> s.getKey() + " " + s.getValue()).collect(Collectors.joining(", ")),
                    a.queueIds() == null ? 0 : a.queueIds().size())).toList();
            return staffPage(Templates.team(frame.context(language, uri), rows,
                    SetupSupport.notice(notice, "agent_saved", language)), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    @GET
    @Path("/{subject}")
    public Response edit(@PathParam("subject") String subject, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        return current(subject, Map.of(), Language.resolve(lang, remembered, accept), lang, uri, 200);
    }

    @POST
    @Path("/{subject}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("subject") String subject, MultivaluedMap<String, String> posted,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> form = formValues(posted);
        Set<String> languages = new HashSet<>(posted.getOrDefault("languages", List.of()));
        Set<String> queues = new HashSet<>(posted.getOrDefault("queueIds", List.of()));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> skills = new LinkedHashMap<>();
        for (int i = 0; i < MAX_SKILLS && posted.containsKey("s" + i + "-name"); i++) {
            String skill = single(posted, "s" + i + "-name");
            String level = single(posted, "s" + i + "-level");
            if (skill.isEmpty()) {
                continue;
            }
            if (!skill.matches("[\\p{L}\\p{N}_-]{1,50}") || skills.containsKey(skill)) {
                errors.put("s" + i + "-name", "error_agent_skill");
            } else if (!level.matches("[1-5]")) {
                errors.put("s" + i + "-level", "error_agent_level");
            } else {
                skills.put(skill, Integer.parseInt(level));
            }
        }
        if (languages.isEmpty() || !Language.SUPPORTED.containsAll(languages)) {
            errors.put("languages", "error_agent_languages");
        }
        String capacity = single(posted, "capacity");
        if (!capacity.matches("\\d{1,2}") || Integer.parseInt(capacity) < 1 || Integer.parseInt(capacity) > 50) {
            errors.put("capacity", "error_agent_capacity");
        }
        Set<UUID> queueIds = queues.stream().map(PageSupport::uuidOrNull).collect(Collectors.toSet());
        if (queueIds.contains(null) || queueIds.size() > 100) {
            errors.put("queueIds", "error_setup_choose");
        }
        String version = ifMatch(single(posted, "version"));
        if (version == null) {
            errors.put("form", "error_setup_generic");
        }
        if (!errors.isEmpty()) {
            return page(subject, form.getOrDefault("username", subject), form, languages, queues, errors, language, null, uri, 400);
        }
        try {
            setup.updateAgent(subject, new SetupClient.AgentSettings(skills, Language.SUPPORTED.stream()
                    .filter(languages::contains).toList(), Integer.parseInt(capacity), queueIds), version);
            return redirect("/supervise/team?notice=agent_saved");
        } catch (WebApplicationException e) {
            return SetupSupport.refused(e, new SetupSupport.Refusal(
                    () -> current(subject, Map.of("form", "error_setup_stale"), language, null, uri, 409),
                    refusal -> page(subject, form.getOrDefault("username", subject), form, languages, queues, refusal,
                            language, null, uri, e.getResponse().getStatus()),
                    SetupAgentPages::fieldOf, "form",
                    () -> SetupSupport.missingOrUnavailable(e, frame, language, uri)));
        } catch (ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    /** Routing's field as the form's: skills.x and languages[0] name their groups. */
    private static String fieldOf(String field) {
        if (field.startsWith("languages")) {
            return "languages";
        }
        if (field.startsWith("queueIds")) {
            return "queueIds";
        }
        if (field.startsWith("skills")) {
            return "s0-name";
        }
        return field.equals("capacity") ? "capacity" : "form";
    }

    /** The agent as routing has it now; one routing does not list (another organisation's, unknown) is not found. */
    private Response current(String subject, Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        try {
            SetupClient.Agent agent = setup.agents().stream().filter(a -> a.subject().equals(subject)).findFirst().orElse(null);
            if (agent == null) {
                return notFound(frame.context(language, uri), language);
            }
            Map<String, String> form = new LinkedHashMap<>();
            String username = agent.username() == null ? agent.subject() : agent.username();
            form.put("username", username);
            form.put("capacity", String.valueOf(agent.capacity()));
            form.put("version", String.valueOf(agent.version()));
            int i = 0;
            for (Map.Entry<String, Integer> skill : new TreeMap<>(agent.skills() == null ? Map.<String, Integer>of() : agent.skills()).entrySet()) {
                form.put("s" + i + "-name", skill.getKey());
                form.put("s" + i + "-level", String.valueOf(skill.getValue()));
                i++;
            }
            return page(subject, username, form, agent.languages() == null ? Set.of() : Set.copyOf(agent.languages()),
                    agent.queueIds() == null ? Set.of() : agent.queueIds().stream().map(UUID::toString).collect(Collectors.toSet()),
                    errors, language, explicit, uri, status);
        } catch (WebApplicationException | ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    private Response page(String subject, String username, Map<String, String> form, Set<String> languages, Set<String> queues,
                          Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        int filled = 0;
        for (int i = 0; i < MAX_SKILLS; i++) {
            if (!form.getOrDefault("s" + i + "-name", "").isEmpty()) {
                filled = i + 1;
            }
        }
        List<Integer> skillRows = IntStream.range(0, Math.min(MAX_SKILLS, filled + EMPTY_ROWS)).boxed().toList();
        List<Option> languageOptions = Language.SUPPORTED.stream()
                .map(l -> new Option(l, PageSupport.text(SetupMessages.class, "language_" + l, language), languages.contains(l))).toList();
        try {
            List<Option> queueOptions = setup.queues().stream().map(q -> new Option(q.id().toString(),
                    SetupSupport.queueName(q, language) + " (" + q.code() + ")", queues.contains(q.id().toString()))).toList();
            return staffPage(Templates.member(frame.context(language, uri), subject, username, form,
                    texts(SetupMessages.class, errors, language), skillRows, languageOptions, queueOptions), language, explicit, status);
        } catch (WebApplicationException | ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }
}
