package org.ruralrevival.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Who receives this service's events: {@code platform.events.subscribers.<name>.url} and
 * {@code .entities} (the outbox entity names it wants, e.g. {@code recruit-admitted}).
 */
@ConfigMapping(prefix = "platform.events")
public interface EventsConfig {

    Map<String, Subscriber> subscribers();

    /** Events per subscriber per relay round. */
    @WithDefault("100")
    int batchSize();

    @WithDefault("PT1S")
    Duration initialBackoff();

    @WithDefault("PT5M")
    Duration maxBackoff();

    /** After this many refusals of one event it is parked in event_dead_letter and delivery moves on. */
    @WithDefault("50")
    int maxAttempts();

    @WithDefault("PT10S")
    Duration requestTimeout();

    /**
     * How often a subscriber's backlog (events_pending, readiness data) is counted. Counting reads
     * every pending outbox row of the subscriber's entities, so while a subscriber is down it grows
     * with the backlog: counted on every relay run (each second) it cost a province-sized service
     * 40 ms of database time a second.
     */
    @WithDefault("PT15S")
    Duration backlogRefresh();

    interface Subscriber {
        String url();

        List<String> entities();
    }
}
