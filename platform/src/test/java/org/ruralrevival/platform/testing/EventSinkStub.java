package org.ruralrevival.platform.testing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A receiving service for event-relay tests: a real HTTP server on a free local port that
 * acknowledges (202) or refuses (503) as the test says, and keeps what it was sent. Subscribes
 * as "probe" to the entities named in the {@code entities} init argument (default: region).
 */
public class EventSinkStub implements QuarkusTestResourceLifecycleManager {

    public static final List<String> ACKNOWLEDGED = new CopyOnWriteArrayList<>();
    public static final List<String> REFUSED = new CopyOnWriteArrayList<>();
    public static final List<String> AUTHORIZATION = new CopyOnWriteArrayList<>();
    /** The X-Request-Id header each body was delivered with ("null" when it had none). */
    public static final Map<String, String> REQUEST_IDS = new java.util.concurrent.ConcurrentHashMap<>();
    public static final AtomicBoolean UP = new AtomicBoolean(true);

    private HttpServer server;
    private String entities = "region";

    @Override
    public void init(Map<String, String> initArgs) {
        entities = initArgs.getOrDefault("entities", entities);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            AUTHORIZATION.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            REQUEST_IDS.put(body, String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")));
            boolean up = UP.get();
            (up ? ACKNOWLEDGED : REFUSED).add(body);
            exchange.sendResponseHeaders(up ? 202 : 503, -1);
            exchange.close();
        });
        server.start();
        return Map.of(
                "platform.events.subscribers.probe.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/events",
                "platform.events.subscribers.probe.entities", entities,
                "platform.events.initial-backoff", "PT0.2S",
                "platform.events.max-backoff", "PT1S",
                // The relay signs its calls with the suite key, as in production.
                "platform.service-token.key", java.util.Base64.getEncoder().encodeToString(JwtTestKeys.KEYS.getPrivate().getEncoded()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
