package fi.kohtaamo.knowledge;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.util.Map;

/**
 * The relevance set where libvoikko and the Swedish Hunspell dictionary are missing: the service
 * still starts (with a warning) and searches with Snowball stems, prefixes, forms without
 * diacritics and partial matches, at the levels held here.
 */
@QuarkusTest
@TestProfile(RelevanceWithoutMorphologyTest.WithoutMorphology.class)
class RelevanceWithoutMorphologyTest extends RelevanceTest {

    public static class WithoutMorphology implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kohtaamo.knowledge.analysis.voikko", "false",
                    "kohtaamo.knowledge.analysis.hunspell-sv-affix", "/nonexistent/sv_SE.aff",
                    "kohtaamo.knowledge.analysis.hunspell-sv-words", "/nonexistent/sv_SE.dic");
        }
    }

    static final Map<String, double[]> FLOORS = Map.of(
            "fi", new double[] {0.89, 0.91},
            "sv", new double[] {0.94, 0.96},
            "en", new double[] {0.90, 0.95});

    @Override
    Map<String, double[]> floors() {
        return FLOORS;
    }
}
