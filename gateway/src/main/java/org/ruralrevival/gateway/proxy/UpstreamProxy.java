package org.ruralrevival.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Streams every {@code /api/v1/**} request to the service that owns it. Bodies are piped byte for
 * byte, never decoded, so the services' ETags, problem details and encodings reach the caller as sent.
 */
@ApplicationScoped
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    public static final String REQUEST_ID = RequestIds.HEADER;
    /** The MDC key the services use too (platform RequestIds): JSON log lines carry it as "requestId". */
    static final String REQUEST_ID_MDC = "requestId";

    /** RFC 9110 §7.6.1: these describe one connection, not the message, so they never cross the gateway. */
    private static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    private final RouteTable routes;
    private final GatewayConfig config;
    private final HttpClient client;

    public UpstreamProxy(RouteTable routes, GatewayConfig config, Vertx vertx) {
        this.routes = routes;
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.maxConnections())
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.upstreamTimeout().toMillis())));
    }

    void register(@Observes Router router) {
        router.route("/api/v1/*").order(-100).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        Optional<RouteTable.Match> match = routes.find(req.path());
        if (match.isPresent() && match.get().local()) {
            ctx.next();
            return;
        }
        String requestId = RequestIds.acceptOrCreate(req.getHeader(REQUEST_ID));
        MDC.put(REQUEST_ID_MDC, requestId);
        if (match.isEmpty()) {
            problem(req.response(), requestId, 404, "not-found", "Not found",
                    "No service serves " + req.path());
            return;
        }
        RouteTable.Upstream upstream = match.get().upstream();
        // Hold the body until the upstream connection is there to take it.
        req.pause();

        long timeout = config.upstreamTimeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(req.method())
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(upstream.basePath() + req.uri())
                .setConnectTimeout(timeout)
                .setIdleTimeout(timeout);
        options.setHeaders(upstreamHeaders(req, requestId));

        client.request(options)
                .compose(upstreamReq -> {
                    // The caller went away: stop the upstream work too.
                    req.response().closeHandler(v -> upstreamReq.reset());
                    if (hasBody(req)) {
                        return upstreamReq.send(req);
                    }
                    req.resume();
                    return upstreamReq.send();
                })
                .onSuccess(upstreamResp -> relay(req, upstreamResp, requestId))
                .onFailure(failure -> fail(req, upstream, requestId, failure));
    }

    /** Hop-by-hop or named in Connection; compared without lower-casing, as this runs for every header. */
    private static boolean hopByHop(String name, Set<String> named) {
        for (String h : HOP_BY_HOP) {
            if (h.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return !named.isEmpty() && named.contains(name.toLowerCase(Locale.ROOT));
    }

    private MultiMap upstreamHeaders(HttpServerRequest req, String requestId) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        Set<String> named = connectionTokens(req.headers());
        req.headers().forEach(h -> {
            String name = h.getKey();
            if (!hopByHop(name, named) && !name.equalsIgnoreCase("host") && !name.equalsIgnoreCase(REQUEST_ID)) {
                headers.add(name, h.getValue());
            }
        });
        String remote = req.remoteAddress() == null ? null : req.remoteAddress().hostAddress();
        String prior = req.getHeader("X-Forwarded-For");
        if (remote != null) {
            headers.set("X-Forwarded-For", prior == null || prior.isBlank() ? remote : prior + ", " + remote);
        }
        headers.set("X-Forwarded-Proto", req.scheme());
        String host = req.getHeader(HttpHeaders.HOST);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set(REQUEST_ID, requestId);
        return headers;
    }

    private void relay(HttpServerRequest req, HttpClientResponse upstreamResp, String requestId) {
        HttpServerResponse resp = req.response();
        if (resp.closed() || resp.ended()) {
            upstreamResp.request().reset();
            return;
        }
        resp.setStatusCode(upstreamResp.statusCode());
        resp.setStatusMessage(upstreamResp.statusMessage());
        Set<String> named = connectionTokens(upstreamResp.headers());
        upstreamResp.headers().forEach(h -> {
            if (!hopByHop(h.getKey(), named)) {
                resp.headers().add(h.getKey(), h.getValue());
            }
        });
        resp.headers().set(REQUEST_ID, requestId);
        int status = upstreamResp.statusCode();
        boolean bodiless = req.method() == HttpMethod.HEAD || status == 204 || status == 304
                || (status >= 100 && status < 200);
        if (!bodiless && !resp.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            resp.setChunked(true);
        }
        // endOnFailure(false): a cut-off upstream must not look like a complete answer to the caller.
        upstreamResp.pipe().endOnFailure(false).to(resp).onFailure(failure -> {
            LOG.debugf("answer from upstream cut off: %s", failure.getMessage());
            if (!resp.ended()) {
                resp.reset();
            }
            upstreamResp.request().reset();
        });
    }

    private void fail(HttpServerRequest req, RouteTable.Upstream upstream, String requestId, Throwable failure) {
        HttpServerResponse resp = req.response();
        if (resp.headWritten() || resp.ended() || resp.closed()) {
            if (!resp.ended()) {
                resp.reset();
            }
            return;
        }
        req.resume();
        // The failure may arrive on another context than the request's: name the request in the log line again.
        MDC.put(REQUEST_ID_MDC, requestId);
        if (isTimeout(failure)) {
            LOG.warnf("%s timed out for %s %s", upstream.serviceName(), req.method(), req.path());
            problem(resp, requestId, 504, "gateway-timeout", "Gateway timeout",
                    upstream.serviceName() + " did not answer in time");
        } else {
            LOG.warnf("%s unreachable for %s %s: %s", upstream.serviceName(), req.method(), req.path(), failure);
            problem(resp, requestId, 502, "bad-gateway", "Bad gateway",
                    upstream.serviceName() + " did not answer");
        }
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof ConnectException) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasBody(HttpServerRequest req) {
        return req.headers().contains(HttpHeaders.CONTENT_LENGTH) && !"0".equals(req.getHeader(HttpHeaders.CONTENT_LENGTH))
                || req.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static Set<String> connectionTokens(MultiMap headers) {
        String connection = headers.get(HttpHeaders.CONNECTION);
        if (connection == null) {
            return Set.of();
        }
        java.util.HashSet<String> tokens = new java.util.HashSet<>();
        for (String token : connection.split(",")) {
            tokens.add(token.trim().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    /** Ends the response with an RFC 9457 problem; also used by the gateway's own checks in front of the proxy. */
    public static void problem(HttpServerResponse resp, String requestId, int status, String type, String title,
            String detail) {
        String body = new JsonObject()
                .put("type", "/problems/" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .encode();
        resp.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(REQUEST_ID, requestId)
                .end(body);
    }
}
