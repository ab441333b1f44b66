package org.ruralrevival.gateway.view;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;

/**
 * What a view passes on from its caller to every upstream call: the services check the token
 * themselves (so a 401 or 403 there is the caller's, not the gateway's), answer in the caller's
 * language, and log the same request id.
 */
record Caller(String authorization, String acceptLanguage, String requestId) {

    static final String REQUEST_ID = "X-Request-Id";

    static Caller of(HttpServerRequest request) {
        String id = request.getHeader(REQUEST_ID);
        return new Caller(request.getHeader("Authorization"), request.getHeader("Accept-Language"),
                id == null || id.isBlank() ? UUID.randomUUID().toString() : id);
    }
}
