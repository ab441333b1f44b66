package org.ruralrevival.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Two echoing stand-ins for organization- and economy-service, and a talent-service that is down.
 * Each echo names the service, method, path, query and chosen headers in {@code X-Echo-*} response
 * headers and returns the request body as received. {@code X-Stub-Status} makes it answer that
 * status with a problem body; {@code X-Stub-Hang} makes it sleep that many milliseconds first.
 * {@link #SEEN} collects the request ids that reached an upstream.
 */
public class StubUpstreams implements QuarkusTestResourceLifecycleManager {

    static final String PROBLEM_412 = "{\"type\":\"/problems/stale-version\",\"title\":\"Precondition failed\","
            + "\"status\":412,\"detail\":\"版本已变更\"}";

    private static final List<String> ECHOED = List.of("Authorization", "If-Match", "Idempotency-Key",
            "Accept-Language", "X-Request-Id", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host",
            "Content-Type");

    /** Every X-Request-Id an upstream received, to show that a refused request never reached one. */
    static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private HttpServer organization;
    private HttpServer economy;
    private ExecutorService executor;

    @Override
    public Map<String, String> start() {
        executor = Executors.newCachedThreadPool();
        organization = echo("organization");
        economy = echo("economy");
        return Map.of(
                "gateway.routes.organization.url", "http://127.0.0.1:" + organization.getAddress().getPort(),
                "gateway.routes.economy.url", "http://127.0.0.1:" + economy.getAddress().getPort(),
                "gateway.routes.talent.url", "http://127.0.0.1:" + closedPort(),
                "gateway.upstream-timeout", "1s");
    }

    @Override
    public void stop() {
        organization.stop(0);
        economy.stop(0);
        executor.shutdownNow();
    }

    private HttpServer echo(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(executor);
            server.createContext("/", exchange -> answer(service, exchange));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(String service, HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) {
                SEEN.add(requestId);
            }
            String hang = exchange.getRequestHeaders().getFirst("X-Stub-Hang");
            if (hang != null) {
                try {
                    Thread.sleep(Long.parseLong(hang));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            var out = exchange.getResponseHeaders();
            out.add("X-Echo-Service", service);
            out.add("X-Echo-Method", exchange.getRequestMethod());
            out.add("X-Echo-Path", exchange.getRequestURI().getRawPath());
            out.add("X-Echo-Query", String.valueOf(exchange.getRequestURI().getRawQuery()));
            for (String name : ECHOED) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    out.add("X-Echo-" + name, value);
                }
            }
            String status = exchange.getRequestHeaders().getFirst("X-Stub-Status");
            if (status != null) {
                byte[] problem = PROBLEM_412.getBytes(StandardCharsets.UTF_8);
                out.add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(Integer.parseInt(status), problem.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(problem);
                }
                return;
            }
            out.add("Content-Type", "application/json");
            out.add("ETag", "\"3\"");
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(body);
                }
            }
        }
    }

    /** A port nothing listens on, so connecting to it is refused. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
