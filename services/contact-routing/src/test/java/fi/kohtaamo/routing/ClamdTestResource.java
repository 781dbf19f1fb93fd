package fi.kohtaamo.routing;

import fi.kohtaamo.testsupport.ClamdServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points routing at a real clamd (test-support's {@link ClamdServer}), when one is installed;
 * without it the service runs without a scanner and the tests that need one skip, saying why.
 */
public class ClamdTestResource implements QuarkusTestResourceLifecycleManager {

    private static ClamdServer clamd;

    static ClamdServer clamd() {
        return clamd;
    }

    @Override
    public Map<String, String> start() {
        if (!ClamdServer.installed()) {
            return Map.of();
        }
        clamd = ClamdServer.start();
        return Map.of("kohtaamo.routing.clamd.host", clamd.host(),
                "kohtaamo.routing.clamd.port", String.valueOf(clamd.port()),
                "kohtaamo.routing.clamd.timeout", "10s",
                "kohtaamo.routing.clamd.scan-every", "1h");
    }

    @Override
    public void stop() {
        if (clamd != null) {
            clamd.close();
            clamd = null;
        }
    }
}
