package org.ruralrevival.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each subscriber's undelivered events in /q/health/ready. It stays UP: a backlog means
 * a receiver is down, and taking this service out of rotation would not help it recover.
 */
@Readiness
@ApplicationScoped
public class EventBacklogCheck implements HealthCheck {

    private final EventRelay relay;

    EventBacklogCheck(EventRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("event-delivery").up();
        relay.backlogs().forEach((subscriber, backlog) -> {
            answer.withData(subscriber + ".pending", backlog[0]);
            answer.withData(subscriber + ".oldestPendingSeconds", backlog[1]);
        });
        return answer.build();
    }
}
