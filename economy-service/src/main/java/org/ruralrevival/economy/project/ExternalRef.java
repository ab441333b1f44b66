package org.ruralrevival.economy.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record's id in the system it came from; unique per system, so re-sending it updates. */
@Schema(name = "EconomyExternalRef")
public record ExternalRef(
        @NotBlank @Size(max = 50) @Schema(example = "gansu-jitijingji") String system,
        @NotBlank @Size(max = 100) @Schema(example = "PRJ-2023-0042") String id) {
}
