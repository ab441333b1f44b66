package org.ruralrevival.economy.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreditLine")
public record CreditLineDto(
        @Schema(example = "5") long id,
        @Schema(example = "411023101201") String villageCode,
        @Schema(example = "某村") String villageName,
        @Schema(example = "许昌农商银行") String bank,
        @Schema(description = "Yuan.", example = "10000000.00") BigDecimal amount,
        @Schema(example = "2021-07-01") LocalDate grantedOn,
        @Schema(example = "3") Integer termYears,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    static CreditLineDto of(CreditLine c, String villageName) {
        return new CreditLineDto(c.id, c.villageCode, villageName, c.bank, c.amount, c.grantedOn, c.termYears, c.version);
    }
}
