package org.ruralrevival.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.ruralrevival.gateway.proxy.RouteTable;

/**
 * Non-blocking GETs to the services for the views, each bounded by {@link ViewConfig#timeout()}.
 * Never fails: whatever goes wrong becomes a {@link Part} with a status, so one view can answer
 * with what arrived. The routing table decides which service owns a path, as for the proxy.
 */
@ApplicationScoped
public class ViewClient {

    private static final Logger LOG = Logger.getLogger(ViewClient.class);

    private final RouteTable routes;
    private final ViewConfig config;
    private final ObjectMapper json;
    private final HttpClient client;

    public ViewClient(RouteTable routes, ViewConfig config, ObjectMapper json, Vertx vertx) {
        this.routes = routes;
        this.config = config;
        this.json = json;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.maxConnections())
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis())));
    }

    /**
     * @param name the view's property this call fills
     * @param uri  path and query below the service root, e.g. {@code /api/v1/incomes?region=620123104201}
     */
    Uni<Part> get(String name, String uri, Caller caller) {
        int q = uri.indexOf('?');
        RouteTable.Upstream upstream = routes.find(q < 0 ? uri : uri.substring(0, q))
                .filter(m -> !m.local())
                .map(RouteTable.Match::upstream)
                .orElseThrow(() -> new IllegalStateException("no service serves " + uri));
        long timeout = config.timeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(upstream.basePath() + uri)
                .setConnectTimeout(timeout)
                .setIdleTimeout(timeout)
                .setHeaders(headers(caller));
        String service = upstream.serviceName();
        return Uni.createFrom().<Part>emitter(emitter -> {
            AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
            AtomicBoolean done = new AtomicBoolean();
            // Given up on (the view's timeout): free the pooled connection instead of waiting for the answer.
            emitter.onTermination(() -> {
                HttpClientRequest request = sent.get();
                if (!done.get() && request != null) {
                    request.reset();
                }
            });
            client.request(options)
                    .compose(request -> {
                        sent.set(request);
                        return request.send();
                    })
                    .compose(response -> response.body().map(body -> read(name, service, response, body)))
                    .onComplete(result -> {
                        done.set(true);
                        if (result.succeeded()) {
                            emitter.complete(result.result());
                        } else {
                            emitter.fail(result.cause());
                        }
                    });
        })
                .ifNoItem().after(config.timeout()).failWith(TimeoutException::new)
                .onFailure().recoverWithItem(failure -> unreached(name, service, uri, failure));
    }

    private static MultiMap headers(Caller caller) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .set(HttpHeaders.ACCEPT, "application/json")
                .set(Caller.REQUEST_ID, caller.requestId());
        if (caller.authorization() != null) {
            headers.set(HttpHeaders.AUTHORIZATION, caller.authorization());
        }
        if (caller.acceptLanguage() != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, caller.acceptLanguage());
        }
        return headers;
    }

    private Part read(String name, String service, HttpClientResponse response, Buffer body) {
        int status = response.statusCode();
        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
        if (status == 200) {
            try {
                return Part.ok(name, service, json.readTree(body.getBytes()));
            } catch (IOException e) {
                return Part.failed(name, service, 502, service + " answered unreadable JSON", null, null);
            }
        }
        return Part.failed(name, service, status, reason(service, status, body), body, type);
    }

    /** The upstream problem's own detail when it sent one, so the caller learns the service's reason. */
    private String reason(String service, int status, Buffer body) {
        try {
            JsonNode problem = json.readTree(body.getBytes());
            if (problem != null && problem.hasNonNull("detail")) {
                return service + ": " + problem.get("detail").asText();
            }
        } catch (IOException | RuntimeException e) {
            // not a problem document: the status alone says it
        }
        return service + " answered " + status;
    }

    private Part unreached(String name, String service, String uri, Throwable failure) {
        boolean timedOut = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof io.netty.handler.timeout.TimeoutException) {
                timedOut = true;
                break;
            }
        }
        if (timedOut) {
            LOG.warnf("%s did not answer %s within %s", service, uri, config.timeout());
            return Part.failed(name, service, 504, service + " did not answer within "
                    + config.timeout().toMillis() + " ms", null, null);
        }
        LOG.warnf("%s unreachable for %s: %s", service, uri, failure.toString());
        return Part.failed(name, service, 503, service + " unreachable", null, null);
    }
}
