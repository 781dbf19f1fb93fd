package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

/**
 * The mail servers mailboxes may connect to, as operations allow them
 * ({@code kohtaamo.routing.mail.allowed-hosts}): without this, a supervisor could point a
 * mailbox at any host and port the service can reach (a metadata endpoint, a database, another
 * service) and read the answers in the mailbox's last error. None is allowed until operations
 * name them; an entry is a host name or address, or {@code *.domain} for any host under it.
 * Checked when a mailbox is saved and again before each connection, so that narrowing the list
 * stops mailboxes already saved.
 */
@ApplicationScoped
public class MailServers {

    private final List<String> allowed;

    @Inject
    public MailServers(RoutingConfig config) {
        this(config.mail().allowedHosts().orElse(List.of()));
    }

    MailServers(List<String> allowed) {
        this.allowed = allowed.stream().map(MailServers::normalise).filter(entry -> !entry.isEmpty()).toList();
    }

    /** Whether a mailbox may connect to {@code host}. */
    public boolean allowed(String host) {
        String name = normalise(host);
        if (name.isEmpty()) {
            return false;
        }
        return allowed.stream().anyMatch(entry -> entry.startsWith("*.")
                ? name.endsWith(entry.substring(1)) && name.length() > entry.length() - 1
                : entry.equals(name));
    }

    /** The allowed entries, for the refusal's text. */
    public List<String> entries() {
        return allowed;
    }

    private static String normalise(String host) {
        String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1); // an IPv6 literal as written in a URL
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
