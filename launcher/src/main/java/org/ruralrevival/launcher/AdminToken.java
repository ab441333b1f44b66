package org.ruralrevival.launcher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An RS256 JWT for trying the API by hand, built with the JDK alone: base64url(header) "."
 * base64url(payload), signed with SHA256withRSA. It carries what the services check: the issuer,
 * the roles in "groups" and an expiry. Public because the benchmarks (bench/) sign theirs the same way.
 */
public final class AdminToken {

    static final Duration LIFETIME = Duration.ofHours(12);

    private AdminToken() {
    }

    public static String sign(PrivateKey key, Instant now) throws GeneralSecurityException {
        long issuedAt = now.getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"rural-revival\",\"sub\":\"dev-admin\",\"upn\":\"dev-admin\","
                + "\"groups\":[\"admin\"],\"iat\":" + issuedAt + ",\"exp\":" + (issuedAt + LIFETIME.toSeconds())
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64Url(rsa.sign());
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
