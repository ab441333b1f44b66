package org.ruralrevival.talent.bounty;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BountyCompleteRequest")
public record CompleteRequest(
        @NotNull @Schema(example = "2021-10-20", required = true) LocalDate date,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2)
        @Schema(description = "Funds spent, yuan, exact.", example = "455000.00", required = true) BigDecimal fundsSpent,
        @NotNull @Min(0) @Max(10000) @Schema(description = "Points awarded to the claimant for the yearly assessment.",
                example = "10", required = true) Integer points,
        @Size(max = 500) @Schema(example = "渠道已修复并通过验收") String note) {
}
