package org.ruralrevival.gateway.token;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * API client secrets as stored in configuration: PBKDF2-HMAC-SHA256 (JDK only) with a random salt,
 * written {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64), so the work factor can rise
 * for new hashes while old ones still verify.
 *
 * <p>Make a hash with the JDK alone, the secret read without echo (or from standard input):
 * {@code java -cp gateway/target/classes org.ruralrevival.gateway.token.SecretHash}
 */
public final class SecretHash {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    /** Below this a stored hash is refused at start-up: it would be a typo, not a choice. */
    static final int MIN_ITERATIONS = 10_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private SecretHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    public static String hash(String secret) {
        return hash(secret, DEFAULT_ITERATIONS);
    }

    public static String hash(String secret, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(secret, salt, iterations));
    }

    /** Reads a stored hash; IllegalArgumentException names what is wrong with it. */
    static SecretHash parse(String stored) {
        String[] parts = stored.trim().split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("not a " + SCHEME + "$<iterations>$<salt>$<hash> string");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("iterations \"" + parts[1] + "\" is not a number");
        }
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException(iterations + " iterations is below the minimum " + MIN_ITERATIONS);
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        if (salt.length < SALT_BYTES || hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("salt or hash has the wrong length");
        }
        return new SecretHash(iterations, salt, hash);
    }

    int iterations() {
        return iterations;
    }

    /** Same work whatever the secret, and a constant-time comparison, so timing tells nothing. */
    boolean matches(String secret) {
        return MessageDigest.isEqual(hash, derive(secret, salt, iterations));
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** Prints the hash of a secret typed at the console (not echoed) or piped in on standard input. */
    public static void main(String[] args) throws IOException {
        Console console = System.console();
        String secret;
        if (console != null) {
            char[] typed = console.readPassword("Client secret: ");
            secret = typed == null ? "" : new String(typed);
        } else {
            secret = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        if (secret.length() < 16) {
            System.err.println("Refused: use a random secret of at least 16 characters (e.g. openssl rand -hex 24).");
            System.exit(2);
        }
        System.out.println(hash(secret));
    }
}
