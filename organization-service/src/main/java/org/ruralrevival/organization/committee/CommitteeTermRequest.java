package org.ruralrevival.organization.committee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.partyorg.ExternalRef;

@Schema(name = "CommitteeTermRequest")
public record CommitteeTermRequest(
        @NotBlank @Schema(description = "Division code of the village.", example = "150621101201", required = true)
        String regionCode,
        @NotNull @Min(1950) @Max(2100)
        @Schema(description = "The 换届 year; one term per village and year.", example = "2021", required = true)
        Integer termYear,
        @NotNull @Schema(description = "Must fall in termYear and not after today.", example = "2021-04-18",
                required = true) LocalDate electionDate,
        @Valid ExternalRef externalRef) {
}
