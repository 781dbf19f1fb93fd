package fi.kohtaamo.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "kohtaamo.routing")
public interface RoutingConfig {

    /** Code of the queue that takes contacts no other queue is found for. */
    String triageQueue();

    /** How long after resolution the client may reopen a contact; after it the contact closes. */
    @WithDefault("P14D")
    Duration reopenPeriod();

    /** Contacts the service-level check looks at in one transaction. */
    @WithDefault("500")
    int slaCheckBatch();

    /** The Open311 jurisdiction_id served; requests naming another are refused. */
    @WithDefault("kohtaamo.fi")
    String open311Jurisdiction();

    /** Languages a newly seen agent serves in until a supervisor says otherwise. */
    @WithDefault("fi,sv,en")
    List<String> agentLanguages();
}
