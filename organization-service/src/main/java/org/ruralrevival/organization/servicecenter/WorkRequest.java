package org.ruralrevival.organization.servicecenter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.partyorg.ExternalRef;

@Schema(name = "ServiceCenterWorkRequest")
public record WorkRequest(
        @NotNull @Min(1950) @Max(2100) @Schema(description = "The year the work counts for.", example = "2021",
                required = true) Integer year,
        @NotNull @Schema(example = "UPGRADE", required = true) WorkKind kind,
        @Schema(description = "Within the year and not after today; omit while under way.", example = "2021-09-30")
        LocalDate completedOn,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        @Schema(description = "Yuan, at most 2 fraction digits.", example = "380000.00") BigDecimal investment,
        @Valid ExternalRef externalRef) {
}
