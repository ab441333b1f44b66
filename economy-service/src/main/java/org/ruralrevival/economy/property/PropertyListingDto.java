package org.ruralrevival.economy.property;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PropertyListing")
public record PropertyListingDto(
        @Schema(example = "31") long id,
        @Schema(example = "150621101201") String villageCode,
        @Schema(example = "某嘎查") String villageName,
        @Schema(example = "LAND") ListingType type,
        @Schema(example = "树林召镇可合作土地") String title,
        @Schema(description = "亩.", example = "1200.50") BigDecimal areaMu,
        @Schema(description = "Yuan.", example = "360000.00") BigDecimal askingPrice,
        @Schema(example = "2021-06-01") LocalDate listedOn,
        @Schema(description = "The deal that closed it, if any.", example = "17") Long dealId,
        @Schema(description = "Also the ETag.", example = "0") long version) {
}
