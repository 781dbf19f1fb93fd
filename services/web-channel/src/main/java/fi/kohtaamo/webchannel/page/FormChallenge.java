package fi.kohtaamo.webchannel.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contact form's spam check, needing no third party: each form carries a challenge signed by
 * this service, in ALTCHA's format (SHA-256 proof of work: find the number that, appended to the
 * salt, hashes to the challenge). The page's script solves it in the background while the person
 * writes (about 50,000 hashes on average, well under a second), so a robot that posts many forms
 * pays in CPU for each. A browser without JavaScript posts the challenge unsolved; it is accepted
 * when the form was filled for at least {@code minimumWithoutWork}, which a person takes anyway and
 * a robot posting at once does not. Either way a challenge is good once and only until it expires.
 * <p>
 * Written by hand because ALTCHA's Java library is not available here; the format is ALTCHA's, so
 * its widget could replace the page's solver. Each replica remembers the challenges used on it:
 * behind N replicas a challenge is good at most N times, which the gateway's rate limits bound.
 */
public final class FormChallenge {

    public enum Verdict { SOLVED, WAITED, REFUSED }

    static final String ALGORITHM = "SHA-256";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] key;
    private final long maxNumber;
    private final Duration lifetime;
    private final Duration minimumWithoutWork;
    private final SecureRandom random = new SecureRandom();
    /** Challenges used, until they expire. */
    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    /** When expired entries were last dropped: at most once a minute, not on every form. */
    private volatile Instant lastSweep = Instant.EPOCH;

    public FormChallenge(byte[] key, long maxNumber, Duration lifetime, Duration minimumWithoutWork) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the challenge key must be at least 32 bytes");
        }
        this.key = key.clone();
        this.maxNumber = maxNumber;
        this.lifetime = lifetime;
        this.minimumWithoutWork = minimumWithoutWork;
    }

    /** A new challenge as the form carries it: base64 of ALTCHA's challenge JSON. */
    public String issue(Instant now) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String salt = HEX.formatHex(nonce) + "?expires=" + now.plus(lifetime).getEpochSecond() + "&issued=" + now.getEpochSecond();
        long number = random.nextLong(maxNumber + 1);
        String challenge = sha256(salt + number);
        // ALTCHA signs the challenge, which binds the salt only once solved; the unsolved path
        // reads the salt's times, so the salt is signed too (a field ALTCHA's widget ignores).
        Map<String, Object> issued = Map.of("algorithm", ALGORITHM, "challenge", challenge, "maxnumber", maxNumber,
                "salt", salt, "signature", hmac(challenge), "saltSignature", hmac(salt));
        return BASE64.encodeToString(json(issued));
    }

    /**
     * Whether a form may go through: {@code challenge} as issued with it, {@code solution} the
     * script's answer (ALTCHA's payload: base64 of {algorithm, challenge, number, salt, signature})
     * or null without one. A challenge that passes is used up.
     */
    public Verdict verify(String challenge, String solution, Instant now) {
        JsonNode issued = decode(challenge);
        if (issued == null || !ALGORITHM.equals(issued.path("algorithm").asText())) {
            return Verdict.REFUSED;
        }
        String hash = issued.path("challenge").asText();
        String salt = issued.path("salt").asText();
        if (!signed(hash, issued.path("signature").asText()) || !signed(salt, issued.path("saltSignature").asText())) {
            return Verdict.REFUSED;
        }
        Instant expires = saltInstant(salt, "expires");
        Instant issuedAt = saltInstant(salt, "issued");
        if (expires == null || issuedAt == null || !now.isBefore(expires)) {
            return Verdict.REFUSED;
        }
        Verdict verdict = solved(solution, hash, salt) ? Verdict.SOLVED
                : !Duration.between(issuedAt, now).minus(minimumWithoutWork).isNegative() ? Verdict.WAITED
                : Verdict.REFUSED;
        if (verdict != Verdict.REFUSED && used.putIfAbsent(hash, expires) != null) {
            return Verdict.REFUSED;
        }
        forgetExpired(now);
        return verdict;
    }

    private boolean signed(String text, String signature) {
        return MessageDigest.isEqual(hmac(text).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean solved(String solution, String hash, String salt) {
        JsonNode payload = decode(solution);
        if (payload == null || !hash.equals(payload.path("challenge").asText()) || !salt.equals(payload.path("salt").asText())) {
            return false;
        }
        long number = payload.path("number").asLong(-1);
        return number >= 0 && number <= maxNumber && hash.equals(sha256(salt + number));
    }

    private void forgetExpired(Instant now) {
        // An expired challenge is refused by its expiry before this map is asked, so an entry kept a
        // little past it changes no verdict; sweeping once a minute keeps each form's cost constant.
        if (used.size() > 1000 && now.isAfter(lastSweep.plusSeconds(60))) {
            lastSweep = now;
            for (Iterator<Map.Entry<String, Instant>> it = used.entrySet().iterator(); it.hasNext(); ) {
                if (!now.isBefore(it.next().getValue())) {
                    it.remove();
                }
            }
        }
    }

    private static Instant saltInstant(String salt, String name) {
        int query = salt.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String parameter : salt.substring(query + 1).split("&")) {
            if (parameter.startsWith(name + "=")) {
                try {
                    return Instant.ofEpochSecond(Long.parseLong(parameter.substring(name.length() + 1)));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static JsonNode decode(String base64) {
        if (base64 == null || base64.isBlank() || base64.length() > 2000) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(Base64.getDecoder().decode(base64.strip()));
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
