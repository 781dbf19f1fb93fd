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

    /** Reached 2026-12-06: fi 0.897/0.915, sv 0.945/0.961, en 0.905/0.952; floors one query below (see RelevanceTest). */
    static final Map<String, double[]> FLOORS = Map.of(
            "fi", new double[] {0.885, 0.909},
            "sv", new double[] {0.927, 0.952},
            "en", new double[] {0.857, 0.928});

    @Override
    Map<String, double[]> floors() {
        return FLOORS;
    }
}
