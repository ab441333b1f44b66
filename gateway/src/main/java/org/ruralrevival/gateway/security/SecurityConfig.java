package org.ruralrevival.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** What the gateway asks of a Bearer token before it lets a request in. */
@ConfigMapping(prefix = "gateway.security")
public interface SecurityConfig {

    /** A token needs at least one of these roles; which operation a role may call is the services' rule. */
    @WithDefault("admin,editor,viewer,sync,service")
    Set<String> acceptedRoles();

    /** How many verified tokens the gateway remembers (see {@link VerifiedTokens}). */
    @WithDefault("10000")
    int tokenCacheSize();
}
