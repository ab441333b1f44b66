package org.ruralrevival.gateway.token;

import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /oauth/token}: OAuth2 client credentials (RFC 6749 §4.4) for deployments without an
 * identity provider. The client authenticates with HTTP Basic or with {@code client_id} and
 * {@code client_secret} form fields (§2.3.1) and gets a short-lived Bearer JWT.
 *
 * <p>The body is read as text and parsed here, so a missing or wrong content type is an OAuth
 * {@code invalid_request} rather than a bare 415 an OAuth client would not understand.
 */
@Path("/oauth/token")
public class TokenResource {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final TokenIssuer issuer;

    TokenResource(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    // The form is read raw (RFC 6749 errors, not JAX-RS ones), so the scan could not describe it:
    // src/main/openapi/gateway.yaml does.
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(String body, @Context HttpHeaders headers) {
        if (!issuer.enabled()) {
            return Response.status(404).type("application/problem+json")
                    .entity(new JsonObject().put("type", "/problems/not-found").put("title", "Not found")
                            .put("status", 404).put("detail", "Tokens come from the identity provider, not the gateway")
                            .encode())
                    .build();
        }
        try {
            Map<String, String> form = form(headers.getMediaType(), body);
            String grantType = form.get("grant_type");
            if (grantType == null || grantType.isEmpty()) {
                throw OAuthError.invalidRequest("grant_type is missing");
            }
            if (!"client_credentials".equals(grantType)) {
                throw OAuthError.unsupportedGrantType("Only grant_type=client_credentials is supported");
            }
            String[] credentials = credentials(headers.getHeaderString(HttpHeaders.AUTHORIZATION), form);
            TokenIssuer.Client client = issuer.authenticate(credentials[0], credentials[1]);
            if (!issuer.canSign()) {
                throw OAuthError.unavailable("The gateway has no signing key configured");
            }
            TokenIssuer.Issued issued = issuer.issue(client, form.get("scope"));
            return answer(200, new JsonObject().put("access_token", issued.accessToken()).put("token_type", "Bearer")
                    .put("expires_in", issued.expiresIn()).put("scope", issued.scope()));
        } catch (OAuthError e) {
            Response.ResponseBuilder error = Response.status(e.status).type(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(new JsonObject().put("error", e.error).put("error_description", e.getMessage()).encode());
            if (e.status == 401) {
                error.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"rural-revival\"");
            } else if (e.status == 503) {
                error.header(HttpHeaders.RETRY_AFTER, "1");
            }
            return error.build();
        }
    }

    /** RFC 6749 §5.1: a token answer is never cached. */
    private static Response answer(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache").entity(body.encode()).build();
    }

    private static Map<String, String> form(MediaType type, String body) throws OAuthError {
        if (type == null || !FORM.equalsIgnoreCase(type.getType() + "/" + type.getSubtype())) {
            throw OAuthError.invalidRequest("Send the parameters as " + FORM);
        }
        Map<String, String> form = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            // RFC 6749 §3.2: a parameter must not be sent twice.
            if (form.put(name, value) != null) {
                throw OAuthError.invalidRequest(name + " is sent more than once");
            }
        }
        return form;
    }

    /** {client id, secret} from exactly one of the two ways RFC 6749 §2.3.1 allows. */
    private static String[] credentials(String authorization, Map<String, String> form) throws OAuthError {
        boolean inForm = form.containsKey("client_id") || form.containsKey("client_secret");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (inForm) {
                throw OAuthError.invalidRequest("Authenticate either with HTTP Basic or with form fields, not both");
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthError.invalidClient("The Basic credentials are not base64");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthError.invalidClient("The Basic credentials are not client_id:client_secret");
            }
            // §2.3.1: id and secret are form-encoded before they are put into Basic.
            return new String[] {decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))};
        }
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        if (id == null || id.isEmpty() || secret == null) {
            throw OAuthError.invalidClient("Authenticate with HTTP Basic or client_id and client_secret");
        }
        return new String[] {id, secret};
    }

    private static String decode(String text) throws OAuthError {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidRequest("The form is not valid URL encoding");
        }
    }
}
