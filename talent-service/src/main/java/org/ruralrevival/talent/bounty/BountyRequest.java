package org.ruralrevival.talent.bounty;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BountyRequest")
public record BountyRequest(
        @NotBlank @Schema(description = "The town or village posting it.", example = "150621101000", required = true)
        String regionCode,
        @NotBlank @Size(max = 200) @Schema(example = "解决高墩营村灌溉渠渗漏问题", required = true) String title,
        @Size(max = 2000) @Schema(example = "村东灌溉渠约2公里渗漏严重，影响300亩耕地灌溉。") String description,
        @NotNull @Schema(example = "2021-03-15", required = true) LocalDate postedOn,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Schema(description = "Expected funds, yuan.", example = "500000.00")
        BigDecimal budget) {
}
