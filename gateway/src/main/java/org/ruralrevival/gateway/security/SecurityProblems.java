package org.ruralrevival.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Role checks on what the gateway serves itself ({@code @RolesAllowed} on its own resources) answer
 * problem+json like everything else, instead of Quarkus' empty 401/403.
 */
public class SecurityProblems {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rural-revival\"")
                .type("application/problem+json")
                .entity(body(401, "unauthorized", "Unauthorized", "This API needs a valid Bearer token")).build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized(null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type("application/problem+json")
                .entity(body(403, "forbidden", "Forbidden", "Your role does not allow this operation")).build();
    }

    private static String body(int status, String type, String title, String detail) {
        return new JsonObject().put("type", "/problems/" + type).put("title", title).put("status", status)
                .put("detail", detail).encode();
    }
}
