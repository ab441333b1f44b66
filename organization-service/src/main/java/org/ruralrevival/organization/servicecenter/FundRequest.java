package org.ruralrevival.organization.servicecenter;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OperatingFundRequest")
public record FundRequest(
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        @Schema(description = "Yuan for the year, at most 2 fraction digits.", example = "150000.00", required = true)
        BigDecimal amount) {
}
