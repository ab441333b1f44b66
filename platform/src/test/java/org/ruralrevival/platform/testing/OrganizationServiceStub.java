package org.ruralrevival.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for organization-service's {@code GET /api/v1/regions/{code}}, for any service that
 * checks regions through the platform's regionref: a real HTTP server on a free local port, so
 * the service's REST client, timeouts, retries, circuit breaker and fallback all run for real.
 * It also checks the service token the way organization-service would (RS256 signature with the
 * key given to the service, groups ["service"], not expired).
 *
 * <p>Register it as a global test resource ({@code @QuarkusTestResource(OrganizationServiceStub.class)}).
 * It starts with no regions: tests register the ones they use. Tests steer it over HTTP
 * ({@code /stub/...}, see {@link Stub}), because the test and this resource may live in
 * different class loaders.
 */
public class OrganizationServiceStub implements QuarkusTestResourceLifecycleManager {

    enum Mode { ANSWER, FAIL, SLOW }

    /**
     * The suite key, as in production, where services sign their tokens with the issuer key. The
     * event sink hands the same key to the service, so with both resources the setting agrees.
     */
    private static final KeyPair SERVICE_KEYS = JwtTestKeys.KEYS;

    private final Map<String, String> regions = new ConcurrentHashMap<>();
    private volatile Mode mode = Mode.ANSWER;
    private volatile String lastAuthorization = "";
    private volatile String lastRequestId = "";
    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/api/v1/regions/", this::region);
        server.createContext("/stub/", this::control);
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.rest-client.organization-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
        config.put("platform.service-token.key", Base64.getEncoder().encodeToString(SERVICE_KEYS.getPrivate().getEncoded()));
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void region(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        lastAuthorization = authorization == null ? "" : authorization;
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        lastRequestId = requestId == null ? "" : requestId;
        Mode now = mode;
        if (now == Mode.FAIL) {
            answer(exchange, 500, "{\"status\":500}");
            return;
        }
        if (now == Mode.SLOW) {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!validServiceToken(authorization)) {
            answer(exchange, 401, "{\"status\":401}");
            return;
        }
        String code = exchange.getRequestURI().getPath().substring("/api/v1/regions/".length());
        String body = regions.get(code);
        if (body == null) {
            answer(exchange, 404, "{\"type\":\"/problems/not-found\",\"status\":404}");
        } else {
            answer(exchange, 200, body);
        }
    }

    private void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        switch (path) {
            case "/stub/regions" -> {
                String code = q.get("code");
                String parent = q.get("parentCode");
                // Extra properties, as the real answer has: the client must ignore what it does not need.
                regions.put(code, "{\"code\":\"" + code + "\",\"name\":\"" + q.get("name") + "\",\"level\":\""
                        + q.get("level") + "\",\"parentCode\":" + (parent == null ? "null" : "\"" + parent + "\"")
                        + ",\"kind\":\"VILLAGE\",\"keyVillage\":false,\"version\":0}");
                answer(exchange, 204, null);
            }
            case "/stub/forget" -> {
                regions.remove(q.get("code"));
                answer(exchange, 204, null);
            }
            case "/stub/mode" -> {
                mode = Mode.valueOf(q.get("mode"));
                answer(exchange, 204, null);
            }
            case "/stub/calls" -> answer(exchange, 200, Integer.toString(calls.get()));
            case "/stub/last-authorization" -> answer(exchange, 200, lastAuthorization);
            case "/stub/last-request-id" -> answer(exchange, 200, lastRequestId);
            default -> answer(exchange, 404, null);
        }
    }

    /** What organization-service checks: our public key's signature, the service role, not expired. */
    private static boolean validServiceToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(SERVICE_KEYS.getPublic());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return false;
            }
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            var exp = java.util.regex.Pattern.compile("\"exp\":(\\d+)").matcher(payload);
            return payload.matches(".*\"groups\":\\[\"service\"].*") && exp.find()
                    && Long.parseLong(exp.group(1)) > System.currentTimeMillis() / 1000;
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
