package org.ruralrevival.platform.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The Bearer token this service shows when it calls another service.
 *
 * <p>It signs its own short-lived token (subject = service name, groups = ["service"]) with the
 * RS256 private key in {@code platform.service-token.key} (PKCS#8, PEM or bare base64) rather
 * than forwarding the caller's token, because: a region check also runs where there is no caller
 * (events, bulk jobs, retries after the caller left); a caller's token may be region-scoped or
 * about to expire; and the callee should see which service asks, with the least role that
 * lets it read. The key is the suite's issuer key (the one whose public half every service
 * verifies with), handed to services that call others from the same Secret.
 *
 * <p>Without a configured key (a developer's machine) it forwards the caller's token, so a
 * single service can still be run against a real organization-service.
 */
@ApplicationScoped
public class ServiceToken {

    private static final Logger LOG = Logger.getLogger(ServiceToken.class);

    private final Optional<PrivateKey> key;
    private final String serviceName;
    private final String issuer;
    private final Duration lifetime;
    private final Instance<JsonWebToken> caller;
    private volatile String cached;
    private volatile Instant cachedUntil = Instant.EPOCH;

    ServiceToken(@ConfigProperty(name = "platform.service-token.key") Optional<String> key,
            @ConfigProperty(name = "platform.service-name") String serviceName,
            @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "rural-revival") String issuer,
            @ConfigProperty(name = "platform.service-token.lifetime", defaultValue = "PT2M") Duration lifetime,
            Instance<JsonWebToken> caller) {
        this.key = key.filter(k -> !k.isBlank()).map(ServiceToken::parse);
        this.serviceName = serviceName;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.caller = caller;
    }

    /** "Bearer …", or null when there is neither a key nor a caller's token to forward. */
    public String authorization() {
        if (key.isPresent()) {
            return "Bearer " + signed();
        }
        try {
            JsonWebToken jwt = caller.get();
            if (jwt != null && jwt.getRawToken() != null) {
                return "Bearer " + jwt.getRawToken();
            }
        } catch (RuntimeException noRequestContext) {
            // called outside a request: nothing to forward
        }
        LOG.warn("no platform.service-token.key and no caller token: calling without credentials");
        return null;
    }

    private String signed() {
        Instant now = Instant.now();
        // Reuse a token until a quarter of its life is left; a fresh one per call would cost an RSA signature each time.
        if (cached == null || now.isAfter(cachedUntil)) {
            long seconds = Math.max(30, lifetime.toSeconds());
            cached = Jwt.issuer(issuer).subject(serviceName).groups(Set.of(Roles.SERVICE))
                    .issuedAt(now).expiresAt(now.plusSeconds(seconds))
                    .jws().keyId(serviceName).sign(key.get());
            cachedUntil = now.plusSeconds(seconds * 3 / 4);
        }
        return cached;
    }

    static PrivateKey parse(String text) {
        String base64 = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("platform.service-token.key is not an RSA PKCS#8 key (PEM or base64)", e);
        }
    }
}
