package org.ruralrevival.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ruralrevival.platform.observability.RequestIds;
import org.ruralrevival.platform.outbox.OutboxEvent;
import org.ruralrevival.platform.security.ServiceToken;

/**
 * Pushes outbox rows to the subscribers configured for their entity, as CloudEvents over HTTP,
 * in seq order, until each is acknowledged with a 2xx. Failures back off exponentially; the
 * cursor lives in the database, so delivery survives restarts of sender and receiver, and a
 * receiver that was down gets everything it missed. Delivery is at least once: receivers
 * ignore event ids they have already applied ({@link EventInbox}).
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    private final EventsConfig config;
    private final DeliveryStore store;
    private final ServiceToken tokens;
    private final ObjectMapper mapper;
    private final String serviceName;
    private final String owner = UUID.randomUUID().toString();
    private final HttpClient http;
    private final Map<String, long[]> backlogs = new ConcurrentHashMap<>();
    private final Map<String, Instant> backlogCounted = new ConcurrentHashMap<>();

    EventRelay(EventsConfig config, DeliveryStore store, ServiceToken tokens, ObjectMapper mapper,
            @ConfigProperty(name = "platform.service-name") String serviceName) {
        this.config = config;
        this.store = store;
        this.tokens = tokens;
        this.mapper = mapper;
        this.serviceName = serviceName;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    void registerMetrics(@Observes StartupEvent start, MeterRegistry registry) {
        config.subscribers().keySet().forEach(name -> {
            backlogs.put(name, new long[] {0, 0});
            Gauge.builder("events.pending", () -> backlogs.get(name)[0]).tag("subscriber", name)
                    .description("Events not yet acknowledged by the subscriber").register(registry);
            Gauge.builder("events.oldest.pending.seconds", () -> backlogs.get(name)[1]).tag("subscriber", name)
                    .description("Age of the oldest event not yet acknowledged").register(registry);
            Gauge.builder("events.delivered", () -> store.counters(name)[0]).tag("subscriber", name).register(registry);
            Gauge.builder("events.retried", () -> store.counters(name)[1]).tag("subscriber", name).register(registry);
            Gauge.builder("events.failed", () -> store.counters(name)[2]).tag("subscriber", name)
                    .description("Events parked after too many refusals").register(registry);
        });
    }

    @Scheduled(every = "${platform.events.relay-interval:1s}", delayed = "${platform.events.relay-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        config.subscribers().forEach((name, subscriber) -> {
            try {
                deliver(name, subscriber);
                Instant now = Instant.now();
                Instant counted = backlogCounted.get(name);
                if (counted == null || !now.isBefore(counted.plus(config.backlogRefresh()))) {
                    backlogs.put(name, store.backlog(name, subscriber.entities()));
                    backlogCounted.put(name, now);
                }
            } catch (RuntimeException e) {
                LOG.warnf("event relay to %s failed: %s", name, e.toString());
            }
        });
    }

    /** Backlog of every subscriber: [pending count, oldest age in seconds]; readiness reports it. */
    public Map<String, long[]> backlogs() {
        return Map.copyOf(backlogs);
    }

    private void deliver(String name, EventsConfig.Subscriber subscriber) {
        var cursor = store.lease(name, owner, config.requestTimeout().multipliedBy(config.batchSize() + 1L));
        if (cursor.isEmpty()) {
            return;
        }
        try {
            int attempts = cursor.get().attempts();
            List<OutboxEvent> events = store.next(cursor.get().lastSeq(), subscriber.entities(), config.batchSize());
            for (OutboxEvent event : events) {
                String error = post(subscriber.url(), event);
                if (error == null) {
                    store.delivered(name, event.seq);
                    attempts = 0;
                    continue;
                }
                attempts++;
                if (attempts >= config.maxAttempts()) {
                    LOG.errorf("event %s (seq %d) parked for %s after %d attempts: %s", event.eventId, event.seq, name,
                            attempts, error);
                    store.park(name, event.seq, error);
                    attempts = 0;
                    continue;
                }
                store.failed(name, attempts, Instant.now().plus(backoff(attempts)), error);
                return;
            }
        } finally {
            store.release(name, owner);
        }
    }

    Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = config.initialBackoff().multipliedBy(factor);
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /** Null when acknowledged, else why not. */
    private String post(String url, OutboxEvent event) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(config.requestTimeout())
                    .header("Content-Type", CloudEvents.MEDIA_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(CloudEvents.toJson(mapper, serviceName, event)));
            if (event.requestId != null) {
                request.header(RequestIds.HEADER, event.requestId);
            }
            String authorization = tokens.authorization();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            return "HTTP " + response.statusCode() + ": " + response.body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
