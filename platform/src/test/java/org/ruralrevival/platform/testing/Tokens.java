package org.ruralrevival.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;

/** Signed test tokens: {@code Tokens.of("editor")}, {@code Tokens.of("viewer", "620123")}. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String role) {
        return of(role, null);
    }

    public static String of(String role, String region) {
        JwtClaimsBuilder claims = Jwt.issuer("rural-revival").subject("test-" + role).groups(Set.of(role))
                .expiresIn(3600);
        if (region != null) {
            claims.claim("region", region);
        }
        return claims.jws().keyId("test").sign(JwtTestKeys.KEYS.getPrivate());
    }

    public static String bearer(String role) {
        return "Bearer " + of(role);
    }

    public static String bearer(String role, String region) {
        return "Bearer " + of(role, region);
    }
}
