package org.ruralrevival.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ruralrevival.gateway.token.SecretHash;

/**
 * The gateway's keys and API clients for a test run, made fresh (nothing committed): the suite key
 * pair (public half verifies, private half signs at {@code /oauth/token}), a foreign pair for forged
 * tokens, and two registered clients. Token helpers sign the way the services' issuer does.
 */
public class SecurityFixture implements QuarkusTestResourceLifecycleManager {

    static final KeyPair SUITE = generate();
    static final KeyPair FOREIGN = generate();

    /** editor + viewer, limited to 榆中县 (620123). */
    static final String VILLAGE_APP = "village-app";
    static final String VILLAGE_APP_SECRET = "v1llage-app:s3cret/+&=";
    /** viewer, the whole country. */
    static final String COUNTY_BI = "county-bi";
    static final String COUNTY_BI_SECRET = "county-bi-secret-0123456789";

    private static KeyPair generate() {
        try {
            return KeyUtils.generateKeyPair(2048);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        Base64.Encoder b64 = Base64.getEncoder();
        config.put("mp.jwt.verify.publickey", b64.encodeToString(SUITE.getPublic().getEncoded()));
        config.put("smallrye.jwt.sign.key", b64.encodeToString(SUITE.getPrivate().getEncoded()));
        // The fewest iterations the gateway accepts, to keep the tests quick; real hashes use the default.
        config.put("gateway.clients." + VILLAGE_APP + ".secret-hash", SecretHash.hash(VILLAGE_APP_SECRET, 10_000));
        config.put("gateway.clients." + VILLAGE_APP + ".roles", "editor,viewer");
        config.put("gateway.clients." + VILLAGE_APP + ".region", "620123");
        config.put("gateway.clients." + COUNTY_BI + ".secret-hash", SecretHash.hash(COUNTY_BI_SECRET, 10_000));
        config.put("gateway.clients." + COUNTY_BI + ".roles", "viewer");
        config.put("gateway.token-endpoint.lifetime", "PT10M");
        config.put("quarkus.http.cors.origins", "https://villages.example.org");
        return config;
    }

    @Override
    public void stop() {
        // nothing to release
    }

    /** "Bearer …" valid for an hour, with these roles. */
    public static String bearer(String... roles) {
        return "Bearer " + claims("rural-revival", Instant.now(), roles).jws().sign(SUITE.getPrivate());
    }

    static String expired(String role) {
        return "Bearer " + claims("rural-revival", Instant.now().minusSeconds(7200), role).jws().sign(SUITE.getPrivate());
    }

    static String otherIssuer(String role) {
        return "Bearer " + claims("someone-else", Instant.now(), role).jws().sign(SUITE.getPrivate());
    }

    static String forged(String role) {
        return "Bearer " + claims("rural-revival", Instant.now(), role).jws().sign(FOREIGN.getPrivate());
    }

    private static JwtClaimsBuilder claims(String issuer, Instant issuedAt, String... roles) {
        return Jwt.issuer(issuer).subject("test").groups(Set.of(roles)).issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(3600));
    }
}
