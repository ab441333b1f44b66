package org.ruralrevival.gateway.view;

import io.vertx.core.http.HttpServerRequest;
import org.ruralrevival.gateway.proxy.RequestIds;

/**
 * What a view passes on from its caller to every upstream call: the services check the token
 * themselves (so a 401 or 403 there is the caller's, not the gateway's), answer in the caller's
 * language, and log the same request id.
 */
record Caller(String authorization, String acceptLanguage, String requestId) {

    static final String REQUEST_ID = RequestIds.HEADER;

    static Caller of(HttpServerRequest request) {
        return new Caller(request.getHeader("Authorization"), request.getHeader("Accept-Language"),
                RequestIds.acceptOrCreate(request.getHeader(REQUEST_ID)));
    }
}
