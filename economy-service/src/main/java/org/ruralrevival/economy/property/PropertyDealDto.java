package org.ruralrevival.economy.property;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PropertyDeal")
public record PropertyDealDto(
        @Schema(example = "17") long id,
        @Schema(example = "31") long listingId,
        @Schema(example = "150621101201") String villageCode,
        @Schema(description = "Yuan.", example = "350000.00") BigDecimal price,
        @Schema(example = "2021-09-15") LocalDate dealDate,
        @Schema(example = "鄂尔多斯某农牧业有限公司") String counterparty,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    static PropertyDealDto of(PropertyDeal d) {
        return new PropertyDealDto(d.id, d.listingId, d.villageCode, d.price, d.dealDate, d.counterparty, d.version);
    }
}
