package org.ruralrevival.gateway.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.ruralrevival.gateway.proxy.RequestIds;
import org.ruralrevival.gateway.proxy.UpstreamProxy;

/**
 * The gateway's door: every {@code /api/**} request needs a valid Bearer JWT before it is streamed
 * to a service or answered here. A refused request never reaches a service.
 *
 * <p>The token is passed on untouched: the services verify it again and apply the roles and the
 * {@code region} claim to their queries; the gateway only checks that the token is genuine, current,
 * and carries a role this API serves. {@code /q/*} and {@code /oauth/token} are outside {@code /api}
 * and stay open; a CORS preflight is answered by Quarkus' CORS filter, which runs before this.
 */
@ApplicationScoped
public class BearerCheck {

    /** After the CORS filter (-300) and before the proxy (-100). */
    static final int ORDER = -150;

    private static final String BEARER = "Bearer ";

    private final VerifiedTokens tokens;
    private final Set<String> acceptedRoles;

    BearerCheck(VerifiedTokens tokens, SecurityConfig config) {
        this.tokens = tokens;
        this.acceptedRoles = Set.copyOf(config.acceptedRoles());
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        String authorization = req.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthorized(ctx, "Bearer realm=\"rural-revival\"",
                    "This API needs a Bearer token in the Authorization header");
            return;
        }
        String token = authorization.substring(BEARER.length()).trim();
        VerifiedTokens.Verified known = tokens.recall(token);
        if (known != null) {
            admit(ctx, known);
        } else if (tokens.mayBlock()) {
            // Hold the body while the key is fetched; the proxy takes over the paused request.
            req.pause();
            ctx.vertx().executeBlocking(() -> tokens.verify(token), false).onComplete(result -> {
                req.resume();
                if (result.succeeded()) {
                    admit(ctx, result.result());
                } else {
                    refuse(ctx, result.cause());
                }
            });
        } else {
            try {
                admit(ctx, tokens.verify(token));
            } catch (VerifiedTokens.Refused e) {
                refuse(ctx, e);
            }
        }
    }

    private void admit(RoutingContext ctx, VerifiedTokens.Verified token) {
        for (String group : token.groups()) {
            if (acceptedRoles.contains(group)) {
                ctx.next();
                return;
            }
        }
        UpstreamProxy.problem(ctx.response(), requestId(ctx), 403, "forbidden", "Forbidden",
                "The token carries none of the roles this API serves: " + String.join(", ", acceptedRoles.stream().sorted().toList()));
    }

    private void refuse(RoutingContext ctx, Throwable failure) {
        String detail = failure instanceof VerifiedTokens.Refused ? failure.getMessage() : "The token could not be checked";
        unauthorized(ctx, "Bearer realm=\"rural-revival\", error=\"invalid_token\"", detail);
    }

    private static void unauthorized(RoutingContext ctx, String challenge, String detail) {
        ctx.response().putHeader("WWW-Authenticate", challenge);
        UpstreamProxy.problem(ctx.response(), requestId(ctx), 401, "unauthorized", "Unauthorized", detail);
    }

    private static String requestId(RoutingContext ctx) {
        return RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
    }
}
