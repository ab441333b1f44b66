package org.ruralrevival.economy.credit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreditLineRequest")
public record CreditLineRequest(
        @Schema(description = "Village division code. Ignored on PUT.", example = "411023101201", required = true) String villageCode,
        @NotBlank @Size(max = 200) @Schema(example = "许昌农商银行", required = true) String bank,
        @NotNull @Schema(description = "Yuan, above 0.", example = "10000000.00", required = true) BigDecimal amount,
        @NotNull @Schema(description = "Not in the future.", example = "2021-07-01", required = true) LocalDate grantedOn,
        @Min(1) @Max(50) @Schema(example = "3") Integer termYears) {
}
