package org.ruralrevival.talent.wealthleader;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A target; region, year and kind are its natural key, so sending it again updates it. */
@Schema(name = "WealthLeaderTargetRequest")
public record TargetRequest(
        @NotBlank @Schema(example = "620123104000", required = true) String regionCode,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2025", required = true) Integer year,
        @NotNull @Schema(example = "MEMBER_TO_LEADER", required = true) TargetKind kind,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(example = "80", required = true) BigDecimal targetPercent,
        @NotNull @Min(1) @Schema(description = "How many people the percentage is of.", example = "250", required = true)
        Integer baseCount) {
}
