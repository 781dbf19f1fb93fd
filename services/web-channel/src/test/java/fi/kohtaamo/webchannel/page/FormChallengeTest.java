package fi.kohtaamo.webchannel.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static fi.kohtaamo.webchannel.page.FormChallenge.Verdict.REFUSED;
import static fi.kohtaamo.webchannel.page.FormChallenge.Verdict.SOLVED;
import static fi.kohtaamo.webchannel.page.FormChallenge.Verdict.WAITED;
import static org.assertj.core.api.Assertions.assertThat;

/** The contact form's proof of work and its fallback for browsers without JavaScript, without a server. */
class FormChallengeTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final byte[] KEY = "a key of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8);

    final FormChallenge check = new FormChallenge(KEY, 2000, Duration.ofHours(2), Duration.ofSeconds(5));

    static JsonNode decoded(String base64) throws Exception {
        return JSON.readTree(Base64.getDecoder().decode(base64));
    }

    /** What the page's script does: tries numbers until the salt and the number hash to the challenge. */
    static String solve(String issued) throws Exception {
        JsonNode challenge = decoded(issued);
        String salt = challenge.path("salt").asText();
        for (long number = 0; number <= challenge.path("maxnumber").asLong(); number++) {
            if (FormChallenge.sha256(salt + number).equals(challenge.path("challenge").asText())) {
                return payload(challenge, number);
            }
        }
        throw new AssertionError("no solution");
    }

    static String payload(JsonNode challenge, long number) throws Exception {
        ObjectNode payload = JSON.createObjectNode().put("algorithm", "SHA-256")
                .put("challenge", challenge.path("challenge").asText()).put("number", number)
                .put("salt", challenge.path("salt").asText()).put("signature", challenge.path("signature").asText());
        return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(payload));
    }

    @Test
    void aSolvedChallengePassesAtOnceAndOnlyOnce() throws Exception {
        String issued = check.issue(NOW);
        String solution = solve(issued);

        assertThat(check.verify(issued, solution, NOW.plusMillis(300))).isEqualTo(SOLVED);
        assertThat(check.verify(issued, solution, NOW.plusSeconds(1))).as("replayed").isEqualTo(REFUSED);
    }

    @Test
    void withoutAScriptTheFormMustHaveTakenAPersonsTime() {
        String early = check.issue(NOW);
        assertThat(check.verify(early, null, NOW.plusSeconds(2))).isEqualTo(REFUSED);

        String filled = check.issue(NOW);
        assertThat(check.verify(filled, null, NOW.plusSeconds(40))).isEqualTo(WAITED);
        assertThat(check.verify(filled, null, NOW.plusSeconds(41))).as("replayed").isEqualTo(REFUSED);
    }

    @Test
    void aWrongNumberIsNoSolution() throws Exception {
        String issued = check.issue(NOW);
        JsonNode challenge = decoded(issued);
        long right = decoded(solve(issued)).path("number").asLong();

        assertThat(check.verify(issued, payload(challenge, right == 0 ? 1 : right - 1), NOW.plusSeconds(1))).isEqualTo(REFUSED);
    }

    @Test
    void anExpiredChallengeIsRefusedSolvedOrNot() throws Exception {
        String issued = check.issue(NOW);
        String solution = solve(issued);

        assertThat(check.verify(issued, solution, NOW.plus(Duration.ofHours(2)))).isEqualTo(REFUSED);
    }

    @Test
    void aChallengeNotSignedHereOrAlteredIsRefused() throws Exception {
        FormChallenge elsewhere = new FormChallenge("another key, also thirty-two bytes".getBytes(StandardCharsets.UTF_8),
                2000, Duration.ofHours(2), Duration.ofSeconds(5));
        String foreign = elsewhere.issue(NOW);
        assertThat(check.verify(foreign, solve(foreign), NOW.plusSeconds(1))).isEqualTo(REFUSED);

        // The salt made to say it was issued long ago, to skip the wait: the signature covers the challenge, the
        // challenge the salt.
        ObjectNode altered = (ObjectNode) decoded(check.issue(NOW));
        altered.put("salt", altered.path("salt").asText().replaceFirst("issued=\\d+", "issued=" + NOW.minusSeconds(60).getEpochSecond()));
        String forged = Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(altered));
        assertThat(check.verify(forged, null, NOW.plusSeconds(1))).isEqualTo(REFUSED);
    }

    @Test
    void aSolutionOfAnotherChallengeDoesNotCount() throws Exception {
        String first = check.issue(NOW);
        String second = check.issue(NOW);

        assertThat(check.verify(second, solve(first), NOW.plusSeconds(1))).isEqualTo(REFUSED);
    }

    @Test
    void garbageIsRefusedNotThrown() {
        assertThat(check.verify(null, null, NOW)).isEqualTo(REFUSED);
        assertThat(check.verify("not base64!", "x", NOW)).isEqualTo(REFUSED);
        assertThat(check.verify(Base64.getEncoder().encodeToString("[1,2]".getBytes(StandardCharsets.UTF_8)), null, NOW)).isEqualTo(REFUSED);
        assertThat(check.verify("a".repeat(100_000), null, NOW)).isEqualTo(REFUSED);
    }
}
