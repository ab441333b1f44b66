package org.ruralrevival.gateway.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Verifies Bearer tokens with SmallRye JWT (the same parser and {@code mp.jwt.verify.*} settings the
 * services use) and remembers the ones that passed until they expire.
 *
 * <p>Why remember: a caller sends the same token with every request for its whole life, and an RS256
 * check plus JSON parsing costs far more than a map lookup; the gateway sits in front of every call.
 * A signature that was valid stays valid, so only the expiry is checked again on a hit. The services
 * still verify every token themselves. Trade-off: after a key rotation a token already seen here is
 * still let through until it expires, and the services then refuse it.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** What the gateway needs to know about a token that passed. */
    public record Verified(Set<String> groups, long validUntilMillis) {
    }

    /** Why a token was refused, in words a caller can act on. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final JWTParser parser;
    private final Map<String, Verified> seen = new ConcurrentHashMap<>();
    private final int capacity;
    private final long skewMillis;
    private final boolean remoteKeys;

    VerifiedTokens(JWTParser parser, SecurityConfig config,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation) {
        this.parser = parser;
        this.capacity = config.tokenCacheSize();
        this.skewMillis = skewSeconds * 1000;
        this.remoteKeys = keyLocation.map(l -> l.startsWith("http:") || l.startsWith("https:")).orElse(false);
    }

    /** A token that passed before and has not expired since, or null. Cheap: safe on the event loop. */
    public Verified recall(String token) {
        Verified known = seen.get(token);
        if (known == null) {
            return null;
        }
        if (System.currentTimeMillis() > known.validUntilMillis()) {
            seen.remove(token);
            return null;
        }
        return known;
    }

    /**
     * True when a first check may wait on the network (keys fetched from an identity provider's JWKS
     * URL), so the caller runs it off the event loop; with a configured key it is CPU work of well
     * under a millisecond.
     */
    public boolean mayBlock() {
        return remoteKeys;
    }

    /** Checks signature, issuer and expiry, and remembers the token when it passes. */
    public Verified verify(String token) throws Refused {
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            throw new Refused(expired(e) ? "The token has expired: get a new one"
                    : "The token is not valid: not signed by the accepted key, another issuer, or malformed");
        }
        Set<String> groups = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        Verified verified = new Verified(groups,
                jwt.getExpirationTime() * 1000 + skewMillis);
        if (seen.size() >= capacity) {
            // Many distinct live tokens: start over rather than track ages; the cost is one re-check each.
            seen.clear();
        }
        seen.put(token, verified);
        return verified;
    }

    private static boolean expired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
        }
        return false;
    }
}
