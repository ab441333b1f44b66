package org.ruralrevival.platform.web;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.concurrency.Versions;

/** The answers of versioned resources: the body plus its version as the ETag. */
public final class Answers {

    private Answers() {
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(Versions.etag(version)).build();
    }

    public static <T> RestResponse<T> created(String location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(body)
                .tag(Versions.etag(version)).build();
    }
}
