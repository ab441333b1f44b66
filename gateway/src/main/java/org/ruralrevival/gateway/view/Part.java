package org.ruralrevival.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;

/**
 * One upstream call's outcome: the decoded JSON of a 200, or the status and a one-line reason.
 * A refusal keeps the upstream's own body and media type so it can be passed on unchanged.
 *
 * @param name    the view's property this call fills, e.g. {@code incomes}
 * @param service e.g. {@code economy-service}
 */
record Part(String name, String service, int status, JsonNode body, String detail, Buffer rawBody,
        String contentType) {

    static Part ok(String name, String service, JsonNode body) {
        return new Part(name, service, 200, body, null, null, null);
    }

    static Part failed(String name, String service, int status, String detail, Buffer rawBody, String contentType) {
        return new Part(name, service, status, null, detail, rawBody, contentType);
    }

    boolean ok() {
        return body != null;
    }

    /** The {@code items} of a page answer, or the answer itself. */
    JsonNode items() {
        return body != null && body.has("items") ? body.get("items") : body;
    }

    Missing missing() {
        return new Missing(name, service, status, detail);
    }
}
