package org.ruralrevival.organization.events;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * talent-service for the event tests: a real HTTP server on a free local port answering
 * {@code GET /api/v1/recruits/{id}} with the full ID number the test put in {@link #ID_NUMBERS}
 * (404 for others), or 503 for everything while {@link #UP} is false.
 */
public class TalentStub implements QuarkusTestResourceLifecycleManager {

    public static final Map<Long, String> ID_NUMBERS = new ConcurrentHashMap<>();
    public static final List<String> AUTHORIZATION = new CopyOnWriteArrayList<>();
    public static final AtomicBoolean UP = new AtomicBoolean(true);

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/recruits/", exchange -> {
            AUTHORIZATION.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String tail = exchange.getRequestURI().getPath().substring("/api/v1/recruits/".length());
            String idNumber = tail.matches("[0-9]{1,18}") ? ID_NUMBERS.get(Long.parseLong(tail)) : null;
            if (!UP.get()) {
                exchange.sendResponseHeaders(503, -1);
            } else if (idNumber == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                // Like talent-service's Recruit record, with fields this service does not read.
                byte[] body = ("{\"id\":" + tail + ",\"name\":\"李明\",\"idNumber\":\"" + idNumber
                        + "\",\"stage\":\"PROBATIONARY\",\"version\":3}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.talent-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
