package org.ruralrevival.gateway.view;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway's own cross-service views call the services. */
@ConfigMapping(prefix = "gateway.views")
public interface ViewConfig {

    /**
     * Longest wait for one upstream call, connect to last byte. A view answers without the parts
     * that took longer, so this bounds the whole view's answer time too (the calls run in parallel).
     */
    @WithDefault("5s")
    Duration timeout();

    /** Page size asked of every list; 500 is the services' largest, and one village's lists stay far below it. */
    @WithDefault("500")
    int pageSize();

    /** Pooled keep-alive connections per service for the views' calls. */
    @WithDefault("50")
    int maxConnections();
}
