package org.ruralrevival.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Gives the service under test a fresh RS256 key pair: the public key as its verification key,
 * the private one to {@link Tokens} for signing test tokens. No key is ever committed.
 */
public class JwtTestKeys implements QuarkusTestResourceLifecycleManager {

    static final KeyPair KEYS = generate();

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()));
    }

    @Override
    public void stop() {
        // nothing to release
    }
}
