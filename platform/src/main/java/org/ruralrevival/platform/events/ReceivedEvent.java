package org.ruralrevival.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A CloudEvents 1.0 event as another service of the suite posts it. Unknown attributes are
 * accepted here (unlike everywhere else): CloudEvents allows extension attributes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "CloudEvent")
public record ReceivedEvent(
        @NotBlank @Pattern(regexp = "1\\.0") @Schema(example = "1.0") String specversion,
        @NotBlank @Schema(example = "0f8e2a52-7c1d-4c55-b0b4-9d7b8a4f3c21") String id,
        @NotBlank @Schema(example = "urn:ruralrevival:talent") String source,
        @NotBlank @Schema(example = "org.ruralrevival.recruit-admitted.created") String type,
        @Schema(example = "42") String subject,
        @Schema(example = "2026-11-22T01:30:00Z") String time,
        @Schema(example = "17") String sequence,
        @NotNull JsonNode data,
        @Schema(description = "Extension: the X-Request-Id of the request that caused the event",
                example = "5b0c1f0e-3d7a-4a0e-9d55-2a8f7f1c9e42") String requestid) {
}
