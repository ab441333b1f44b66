package org.ruralrevival.platform.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Protects personal information (ID and phone numbers) at rest: AES-256-GCM for the value, so
 * a database dump does not reveal it, and a keyed HMAC-SHA256 for uniqueness and lookup, so
 * equality can be checked without decrypting. Both keys come from configuration (a Secret in
 * production) and never from the database.
 */
@ApplicationScoped
public class PersonalData {

    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    /**
     * One cipher and one keyed MAC per thread: looking the algorithms up through the providers on
     * every call cost more than the cryptography itself in a million-record bulk upload. A MAC is
     * reset by doFinal; a GCM cipher is initialized anew with each IV anyway.
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalData::newCipher);
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    PersonalData(@ConfigProperty(name = "platform.personal-data.encryption-key") String encryptionKey,
            @ConfigProperty(name = "platform.personal-data.hash-key") String hashKey) {
        byte[] enc = Base64.getDecoder().decode(encryptionKey);
        if (enc.length != 32) {
            throw new IllegalStateException("platform.personal-data.encryption-key must be 32 bytes, base64");
        }
        byte[] mac = Base64.getDecoder().decode(hashKey);
        if (mac.length < 32) {
            throw new IllegalStateException("platform.personal-data.hash-key must be at least 32 bytes, base64");
        }
        this.encryptionKey = new SecretKeySpec(enc, "AES");
        this.hashKey = new SecretKeySpec(mac, "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("unknown personal-data format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /** Keyed hash for unique indexes and lookups; the same input always gives the same hash. */
    public String hash(String plain) {
        if (plain == null) {
            return null;
        }
        return HexFormat.of().formatHex(macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no AES-GCM", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing failed", e);
        }
    }

    /** {@code 138****5678}; short numbers keep only their last two digits. */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() >= 11) {
            return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
        }
        return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
    }
}
