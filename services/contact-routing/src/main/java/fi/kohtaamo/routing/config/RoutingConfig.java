package fi.kohtaamo.routing.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "kohtaamo.routing")
public interface RoutingConfig {

    /** Code of the queue that takes contacts no other queue is found for. */
    String triageQueue();
}
