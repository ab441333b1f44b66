package org.ruralrevival.talent.cadre;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reserve cadre taking a post in the two committees. */
@Schema(name = "AppointmentRequest")
public record AppointmentRequest(
        @NotNull @Schema(example = "DEPUTY_SECRETARY", required = true) CommitteePost post,
        @NotNull @Schema(example = "2021-07-15", required = true) LocalDate date,
        @NotNull @Schema(description = "The term (换届 year); the appointment lies within its five years.", example = "2021",
                required = true) Integer termYear) {
}
