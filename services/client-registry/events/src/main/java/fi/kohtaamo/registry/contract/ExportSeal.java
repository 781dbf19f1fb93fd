package fi.kohtaamo.registry.contract;

import com.fasterxml.jackson.databind.JsonNode;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

/**
 * A GDPR export part sealed to the registry's public key (docs/adr/0006): the part's JSON is
 * encrypted with a fresh AES-256-GCM key, and that key with the registry's RSA key (OAEP,
 * SHA-256). Only the registry's private key opens it, so the part can travel on the answering
 * service's own topic, which other services read too. The export id and the service are the
 * authenticated data: a sealed part cannot be passed off as another export's or another service's.
 */
public final class ExportSeal {

    public static final String ALGORITHM = "RSA-OAEP-256+A256GCM";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);

    /** What travels: the algorithm, the wrapped content key, the nonce and the ciphertext (base64). */
    public record Sealed(String alg, String key, String iv, String ciphertext) {
    }

    private ExportSeal() {
    }

    public static Sealed seal(PublicKey registryKey, UUID exportId, String service, byte[] clear) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            SecretKey contentKey = generator.generateKey();
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, contentKey, new GCMParameterSpec(128, iv));
            aes.updateAAD(associatedData(exportId, service));
            byte[] ciphertext = aes.doFinal(clear);
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.ENCRYPT_MODE, registryKey, OAEP);
            Base64.Encoder base64 = Base64.getEncoder();
            return new Sealed(ALGORITHM, base64.encodeToString(rsa.doFinal(contentKey.getEncoded())),
                    base64.encodeToString(iv), base64.encodeToString(ciphertext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal the export part", e);
        }
    }

    /** The part's JSON; refuses (IllegalArgumentException) a part sealed for another key, export or service, or altered. */
    public static byte[] open(PrivateKey registryKey, UUID exportId, String service, Sealed sealed) {
        if (sealed == null || !ALGORITHM.equals(sealed.alg())) {
            throw new IllegalArgumentException("export part not sealed with " + ALGORITHM);
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.DECRYPT_MODE, registryKey, OAEP);
            SecretKeySpec contentKey = new SecretKeySpec(rsa.doFinal(base64.decode(sealed.key())), "AES");
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, contentKey, new GCMParameterSpec(128, base64.decode(sealed.iv())));
            aes.updateAAD(associatedData(exportId, service));
            return aes.doFinal(base64.decode(sealed.ciphertext()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("export part " + exportId + " from " + service + " cannot be opened: " + e, e);
        }
    }

    /** Opens the data of an {@link ExportPartV2} event (its exportId, service and sealed part). */
    public static byte[] open(PrivateKey registryKey, JsonNode partData) {
        JsonNode sealed = partData.path("sealed");
        return open(registryKey, UUID.fromString(partData.path("exportId").asText()), partData.path("service").asText(),
                new Sealed(sealed.path("alg").asText(), sealed.path("key").asText(), sealed.path("iv").asText(),
                        sealed.path("ciphertext").asText()));
    }

    /** The registry's public key as configured: base64 of its X.509 SubjectPublicKeyInfo (DER). */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key (base64 X.509 DER)", e);
        }
    }

    /** The registry's private key as configured: base64 of its PKCS#8 DER encoding. */
    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key (base64 PKCS#8 DER)", e);
        }
    }

    private static byte[] associatedData(UUID exportId, String service) {
        return (exportId + "/" + service).getBytes(StandardCharsets.UTF_8);
    }
}
