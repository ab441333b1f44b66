package org.ruralrevival.economy.property;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PropertyListingRequest")
public record PropertyListingRequest(
        @NotBlank @Schema(example = "150621101201", required = true) String villageCode,
        @NotNull @Schema(example = "LAND", required = true) ListingType type,
        @NotBlank @Size(max = 200) @Schema(example = "树林召镇可合作土地", required = true) String title,
        @Schema(description = "Area in mu (亩), at most 2 decimals; required for LAND.", example = "1200.50") BigDecimal areaMu,
        @Schema(description = "Asking price, yuan.", example = "360000.00") BigDecimal askingPrice,
        @NotNull @Schema(example = "2021-06-01", required = true) LocalDate listedOn) {
}
