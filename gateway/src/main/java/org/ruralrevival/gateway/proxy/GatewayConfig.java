package org.ruralrevival.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Which service owns which {@code /api/v1} collection, and how long the gateway waits for it. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Keyed by service name ({@code organization}); the problem details call it {@code <name>-service}. */
    Map<String, Route> routes();

    /** Longest silence from an upstream (connect, or between bytes of its answer) before 504. */
    @WithDefault("30s")
    Duration upstreamTimeout();

    /** Pooled keep-alive connections per upstream. */
    @WithDefault("100")
    int maxConnections();

    /** Collections the gateway answers itself; the proxy leaves them to the next handler. */
    @WithDefault("villages,reports/summary,openapi")
    List<String> localCollections();

    interface Route {
        /** Base URL, e.g. {@code http://localhost:8081}. */
        String url();

        /** First path segment(s) below {@code /api/v1}, e.g. {@code regions} or {@code reports/organization}. */
        List<String> collections();
    }
}
