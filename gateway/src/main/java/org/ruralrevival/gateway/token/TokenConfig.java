package org.ruralrevival.gateway.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The token endpoint and the API clients registered for it ({@code gateway.clients.<id>.*}). */
@ConfigMapping(prefix = "gateway")
public interface TokenConfig {

    /** Keyed by client id; the id becomes the token's {@code sub}. */
    Map<String, Client> clients();

    TokenEndpoint tokenEndpoint();

    interface TokenEndpoint {
        /** Off when an OIDC provider issues the tokens instead; {@code POST /oauth/token} is then a 404. */
        @WithDefault("true")
        boolean enabled();

        /** Kept short: a client-credentials client simply asks again, and nothing can revoke a JWT. */
        @WithDefault("PT15M")
        Duration lifetime();

        /**
         * Roles the endpoint may put in a token. {@code service} (calls between services, e.g. events) is
         * deliberately not among them by default: an API client holding it could post events.
         */
        @WithDefault("admin,editor,viewer,sync")
        Set<String> grantableRoles();
    }

    interface Client {
        /** Made with {@link SecretHash}; the secret itself is never configured. */
        String secretHash();

        /** Its roles, put in the token's {@code groups}. */
        List<String> roles();

        /** Division code that limits the client to that region's subtree (the {@code region} claim). */
        Optional<String> region();
    }
}
