package org.ruralrevival.talent.dispatch;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's outcome of a dispatch; the year is in the path. */
@Schema(name = "DispatchOutcomeRequest")
public record OutcomeRequest(
        @NotNull @Min(0) @Schema(description = "Projects brought in.", example = "2", required = true) Integer projects,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2)
        @Schema(description = "Funds brought in, yuan, exact.", example = "1250000.00", required = true) BigDecimal funds,
        @NotNull @Min(0) @Schema(description = "Public opinions collected.", example = "36", required = true) Integer opinions,
        @NotNull @Min(0) @Schema(description = "Problems solved.", example = "14", required = true) Integer problemsSolved) {
}
