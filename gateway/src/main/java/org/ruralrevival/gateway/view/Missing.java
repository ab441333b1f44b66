package org.ruralrevival.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A part of a view the gateway could not get, and why; the view's other parts are still answered. */
@Schema(name = "MissingPart")
public record Missing(
        @Schema(description = "The property of the view that is null because of this.", example = "economy") String part,
        @Schema(description = "The service that owns the part.", example = "economy-service") String service,
        @Schema(description = "The upstream's status, or 503 when it could not be reached and 504 when it did not "
                + "answer in time.", example = "503") int status,
        @Schema(example = "economy-service unreachable") String detail) {
}
