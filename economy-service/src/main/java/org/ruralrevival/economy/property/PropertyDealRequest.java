package org.ruralrevival.economy.property;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PropertyDealRequest")
public record PropertyDealRequest(
        @NotNull @Schema(description = "The listing this deal closes. Ignored on PUT.", example = "31", required = true) Long listingId,
        @NotNull @Schema(description = "Yuan.", example = "350000.00", required = true) BigDecimal price,
        @NotNull @Schema(description = "Not before the listing date, not in the future.", example = "2021-09-15", required = true)
        LocalDate dealDate,
        @Size(max = 200) @Schema(example = "鄂尔多斯某农牧业有限公司") String counterparty) {
}
