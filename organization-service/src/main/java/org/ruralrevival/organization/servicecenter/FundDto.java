package org.ruralrevival.organization.servicecenter;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OperatingFund")
public record FundDto(
        @Schema(example = "301") long centerId,
        @Schema(example = "150621101201") String regionCode,
        @Schema(example = "2021") int year,
        @Schema(example = "150000.00") BigDecimal amount,
        @Schema(example = "yuan") String unit,
        @Schema(example = "0") long version) {

    public static FundDto of(ServiceCenterFund f) {
        return new FundDto(f.center.id, f.center.regionCode, f.year, f.amount, "yuan", f.version);
    }
}
