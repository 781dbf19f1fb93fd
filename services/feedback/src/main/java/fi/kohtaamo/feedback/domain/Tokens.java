package fi.kohtaamo.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random codes: a feedback's reference (FB-XXXX-XXXX, without look-alike characters) and survey
 * invitation tokens (32 characters, 160 random bits; only their SHA-256 hash is stored).
 */
public final class Tokens {

    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String reference() {
        return "FB-" + random(REFERENCE_ALPHABET, 4) + "-" + random(REFERENCE_ALPHABET, 4);
    }

    public static String invitationToken() {
        return random(TOKEN_ALPHABET, 32);
    }

    /** A token's stored form; a malformed token hashes to something no invitation has. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
