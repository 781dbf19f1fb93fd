package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.AutomationClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * The organisation's macros an agent may apply on a contact's page, and the history line's note
 * of which automation rule or macro (and version) made a change. No macros when routing cannot
 * tell now: the page works without them.
 */
@ApplicationScoped
public class ContactMacros {

    private static final Logger LOG = Logger.getLogger(ContactMacros.class);

    private final AutomationClient automation;

    public ContactMacros(@RestClient AutomationClient automation) {
        this.automation = automation;
    }

    /** A macro to choose. */
    public record Option(String id, String name) {
    }

    List<Option> options() {
        try {
            return automation.macros().stream().map(m -> new Option(m.id().toString(), m.name())).toList();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.debugf("no macros: %s", e.getMessage());
            return List.of();
        }
    }

    /** "Name (v2)" of the rule or macro a history line names; null for a line neither made. */
    static String origin(Map<String, Object> details) {
        if (details == null) {
            return null;
        }
        for (String kind : List.of("automationRule", "macro")) {
            if (details.get(kind) instanceof String name) {
                return name + " (v" + details.get(kind + "Version") + ")";
            }
        }
        return null;
    }
}
