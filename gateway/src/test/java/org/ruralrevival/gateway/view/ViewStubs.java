package org.ruralrevival.gateway.view;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.ruralrevival.gateway.StubUpstreams;

/**
 * Stand-ins for the three services with the list and report answers the views read. A list item
 * echoes what the stub received (path, query, forwarded headers) so tests can check each call.
 *
 * <p>A test steers the stubs through the request id, which the gateway passes on to every call:
 * "+"-separated (characters the request-id rule accepts) {@code status:<path part>:<code>} (answer that status with a problem body),
 * {@code hang:<path part>} (sleep 10 s) and {@code delay:<ms>} (every call sleeps that long). {@code GET /_stub/overlap?id=<request id>}
 * on any stub tells the most calls of that request id that were in progress at once.
 * Init arg {@code down=<service>} puts that service on a port nobody listens on.
 */
public class ViewStubs implements QuarkusTestResourceLifecycleManager {

    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> overlap = new ConcurrentHashMap<>();
    private final Map<String, HttpServer> servers = new HashMap<>();
    private ExecutorService executor;
    private String down = "";

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.getOrDefault("down", "");
    }

    @Override
    public Map<String, String> start() {
        executor = Executors.newCachedThreadPool();
        Map<String, String> config = new HashMap<>();
        for (String service : new String[] {"organization", "economy", "talent"}) {
            int port;
            if (service.equals(down)) {
                port = StubUpstreams.closedPort();
            } else {
                HttpServer server = serve(service);
                servers.put(service, server);
                port = server.getAddress().getPort();
            }
            config.put("gateway.routes." + service + ".url", "http://127.0.0.1:" + port);
        }
        // Long enough for a cold gateway on a busy machine, short against the 10 s a hung stub sleeps.
        config.put("gateway.views.timeout", "3s");
        return config;
    }

    @Override
    public void stop() {
        servers.values().forEach(s -> s.stop(0));
        executor.shutdownNow();
    }

    private HttpServer serve(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            server.setExecutor(executor);
            server.createContext("/", exchange -> {
                try (exchange) {
                    answer(service, exchange);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(String service, HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        if (path.equals("/_stub/overlap")) {
            AtomicInteger most = overlap.get(exchange.getRequestURI().getQuery().substring("id=".length()));
            send(exchange, 200, "application/json", String.valueOf(most == null ? 0 : most.get()));
            return;
        }
        String id = String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id"));
        AtomicInteger now = inFlight.computeIfAbsent(id, k -> new AtomicInteger());
        AtomicInteger most = overlap.computeIfAbsent(id, k -> new AtomicInteger());
        most.accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
            String[] steps = id.split("\\+");
            for (String step : steps) {
                if (step.startsWith("delay:")) {
                    Thread.sleep(Long.parseLong(step.substring("delay:".length())));
                }
                if (step.startsWith("hang:") && path.contains(step.substring("hang:".length()))) {
                    Thread.sleep(10_000);
                }
            }
            for (String step : steps) {
                String[] s = step.split(":");
                if (s.length == 3 && s[0].equals("status") && path.contains(s[1])) {
                    int status = Integer.parseInt(s[2]);
                    send(exchange, status, "application/problem+json", "{\"type\":\"/problems/stub\",\"title\":\"Stub\","
                            + "\"status\":" + status + ",\"detail\":\"stub refused " + path + "\"}");
                    return;
                }
            }
            send(exchange, 200, "application/json", body(service, path, query, exchange));
        } finally {
            now.decrementAndGet();
        }
    }

    private static String body(String service, String path, String query, HttpExchange exchange) {
        if (path.startsWith("/api/v1/regions/")) {
            String code = path.substring("/api/v1/regions/".length());
            return "{\"code\":\"" + code + "\",\"name\":\"高墩营村\",\"level\":\"VILLAGE\"}";
        }
        if (path.equals("/api/v1/committee-terms")) {
            // Out of order on purpose: the view must pick the latest year, not the last row.
            return page("{\"id\":102,\"termYear\":2021},{\"id\":101,\"termYear\":2018}", 2);
        }
        if (path.equals("/api/v1/committee-members")) {
            return page("{\"id\":1,\"termId\":101,\"name\":\"张旧\"},{\"id\":2,\"termId\":102,\"name\":\"王建国\"},"
                    + "{\"id\":3,\"termId\":102,\"name\":\"李秀英\"}", 3);
        }
        String echo = "{\"service\":" + quote(service) + ",\"path\":" + quote(path) + ",\"query\":" + quote(query)
                + ",\"authorization\":" + quote(exchange.getRequestHeaders().getFirst("Authorization"))
                + ",\"acceptLanguage\":" + quote(exchange.getRequestHeaders().getFirst("Accept-Language")) + "}";
        return path.startsWith("/api/v1/reports/") ? echo : page(echo, 1);
    }

    private static String page(String items, int total) {
        return "{\"items\":[" + items + "],\"page\":0,\"size\":500,\"total\":" + total + "}";
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
