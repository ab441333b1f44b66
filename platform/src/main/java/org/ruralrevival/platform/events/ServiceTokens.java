package org.ruralrevival.platform.events;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ruralrevival.platform.security.Roles;

/**
 * Short-lived tokens with the {@code service} role for calls between services (event delivery,
 * region checks), signed with the suite's key ({@code smallrye.jwt.sign.key}). Receivers accept
 * event calls only with this role, so no user token can post events.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final long LIFETIME_SECONDS = 300;

    @ConfigProperty(name = "platform.service-name")
    String serviceName;

    @ConfigProperty(name = "smallrye.jwt.sign.key")
    Optional<String> signKey;

    @ConfigProperty(name = "smallrye.jwt.sign.key.location")
    Optional<String> signKeyLocation;

    private volatile String token;
    private volatile Instant renewAt = Instant.EPOCH;

    public boolean available() {
        return signKey.filter(k -> !k.isBlank()).isPresent() || signKeyLocation.filter(k -> !k.isBlank()).isPresent();
    }

    /** A token valid for a few minutes more; renewed before it expires. */
    public String bearer() {
        if (Instant.now().isAfter(renewAt)) {
            synchronized (this) {
                if (Instant.now().isAfter(renewAt)) {
                    token = Jwt.issuer("rural-revival").subject("service:" + serviceName).groups(Set.of(Roles.SERVICE))
                            .expiresIn(LIFETIME_SECONDS).sign();
                    renewAt = Instant.now().plusSeconds(LIFETIME_SECONDS / 2);
                }
            }
        }
        return "Bearer " + token;
    }
}
