package org.ruralrevival.gateway.token;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Issues RS256 access tokens to registered API clients (OAuth2 client credentials, RFC 6749 §4.4):
 * the same issuer, {@code groups} and {@code region} claims the gateway and the services verify.
 * Checks the registrations at start-up, so a bad hash or a role that may not be granted stops the
 * gateway instead of surfacing on the first call.
 */
@Startup
@ApplicationScoped
public class TokenIssuer {

    private static final Logger LOG = Logger.getLogger(TokenIssuer.class);

    /** A division-code prefix: province (2 digits) down to villager group (15). */
    private static final Pattern REGION = Pattern.compile("[0-9]{2,15}");

    /** A registered client, its secret hash already read. */
    record Client(String id, SecretHash secret, List<String> roles, Optional<String> region) {
    }

    /** What the endpoint answers. */
    record Issued(String accessToken, long expiresIn, String scope) {
    }

    private static final Duration WAIT_FOR_CHECK = Duration.ofSeconds(2);

    private final Semaphore checks = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final TokenConfig.TokenEndpoint endpoint;
    private final Map<String, Client> clients = new HashMap<>();
    private final Optional<PrivateKey> key;
    private final String issuer;
    /** Checked against when the client id is unknown, so an unknown id costs as long as a wrong secret. */
    private volatile SecretHash decoy;

    TokenIssuer(TokenConfig config, @ConfigProperty(name = "smallrye.jwt.sign.key") Optional<String> key,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.endpoint = config.tokenEndpoint();
        this.issuer = issuer;
        this.key = key.filter(k -> !k.isBlank()).map(TokenIssuer::privateKey);
        for (Map.Entry<String, TokenConfig.Client> entry : config.clients().entrySet()) {
            clients.put(entry.getKey(), register(entry.getKey(), entry.getValue(), endpoint.grantableRoles()));
        }
        if (endpoint.enabled() && this.key.isEmpty()) {
            LOG.warn("POST /oauth/token is on but no signing key is set (JWT_PRIVATE_KEY / smallrye.jwt.sign.key):"
                    + " it will answer 503");
        }
    }

    /** Validates one registration; IllegalStateException names the property that is wrong. */
    static Client register(String id, TokenConfig.Client config, Set<String> grantable) {
        String at = "gateway.clients." + id;
        SecretHash secret;
        try {
            secret = SecretHash.parse(config.secretHash());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(at + ".secret-hash: " + e.getMessage());
        }
        List<String> roles = config.roles().stream().map(String::trim).filter(r -> !r.isEmpty()).distinct().toList();
        if (roles.isEmpty()) {
            throw new IllegalStateException(at + ".roles: name at least one role");
        }
        for (String role : roles) {
            if (!grantable.contains(role)) {
                throw new IllegalStateException(at + ".roles: \"" + role + "\" may not be granted to an API client"
                        + " (gateway.token-endpoint.grantable-roles is " + grantable + ")");
            }
        }
        Optional<String> region = config.region().map(String::trim).filter(r -> !r.isEmpty());
        if (region.isPresent() && !REGION.matcher(region.get()).matches()) {
            throw new IllegalStateException(at + ".region: \"" + region.get() + "\" is not a division code");
        }
        return new Client(id, secret, roles, region);
    }

    boolean enabled() {
        return endpoint.enabled();
    }

    boolean canSign() {
        return key.isPresent();
    }

    /**
     * The client whose id and secret these are; slow on purpose (PBKDF2), so call it off the event loop.
     * At most one check per core runs at a time: the endpoint is open to anyone, and a flood of guesses
     * must not take every worker thread and core from the rest of the gateway.
     */
    Client authenticate(String id, String secret) throws OAuthError {
        boolean admitted;
        try {
            admitted = checks.tryAcquire(WAIT_FOR_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw OAuthError.unavailable("Too many token requests at once: try again shortly");
        }
        try {
            return check(id, secret);
        } finally {
            checks.release();
        }
    }

    private Client check(String id, String secret) throws OAuthError {
        Client client = clients.get(id);
        if (client == null) {
            decoy().matches(secret);
            throw OAuthError.invalidClient("Unknown client or wrong secret");
        }
        if (!client.secret().matches(secret)) {
            throw OAuthError.invalidClient("Unknown client or wrong secret");
        }
        return client;
    }

    /** @param scope space-separated roles asked for (RFC 6749 §3.3), or null for all the client has */
    Issued issue(Client client, String scope) throws OAuthError {
        Set<String> granted = new LinkedHashSet<>(client.roles());
        if (scope != null && !scope.isBlank()) {
            granted.clear();
            List<String> unknown = new ArrayList<>();
            for (String asked : scope.trim().split(" +")) {
                if (client.roles().contains(asked)) {
                    granted.add(asked);
                } else {
                    unknown.add(asked);
                }
            }
            if (!unknown.isEmpty()) {
                throw OAuthError.invalidScope("This client may not have: " + String.join(" ", unknown));
            }
        }
        // Checked again here, not only at start-up: the one rule that keeps service rights away from API clients.
        granted.retainAll(endpoint.grantableRoles());
        if (granted.isEmpty()) {
            throw OAuthError.invalidScope("No grantable role left for this client");
        }
        long lifetime = endpoint.lifetime().toSeconds();
        String grantedScope = String.join(" ", granted);
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(client.id()).upn(client.id()).groups(granted)
                .claim("scope", grantedScope).expiresIn(lifetime);
        client.region().ifPresent(region -> claims.claim("region", region));
        return new Issued(claims.jws().sign(key.orElseThrow()), lifetime, grantedScope);
    }

    private SecretHash decoy() {
        SecretHash d = decoy;
        if (d == null) {
            int iterations = clients.values().stream().mapToInt(c -> c.secret().iterations()).max()
                    .orElse(SecretHash.DEFAULT_ITERATIONS);
            d = SecretHash.parse(SecretHash.hash(UUID.randomUUID().toString(), iterations));
            decoy = d;
        }
        return d;
    }

    private static PrivateKey privateKey(String text) {
        try {
            return KeyUtils.decodePrivateKey(text.trim());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("smallrye.jwt.sign.key (JWT_PRIVATE_KEY) is not an RSA private key"
                    + " in PKCS#8 PEM or base64: " + e.getMessage());
        }
    }
}
