package org.ruralrevival.organization.collectiveincome;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A village's collective income for one year (村集体经济收入), as economy-service recorded it. */
@Schema(name = "CollectiveIncome", description = "From economy-service's yearly accounts (its income events). Yuan.")
public record CollectiveIncome(
        @Schema(example = "620123104201") String villageCode,
        @Schema(example = "2021") int year,
        @Schema(description = "经营性收入, yuan.", example = "70000.00") BigDecimal operatingIncome,
        @Schema(description = "总收入, yuan.", example = "120000.00") BigDecimal totalIncome,
        @Schema(description = "纯收入, yuan.", example = "65000.00") BigDecimal netIncome,
        @Schema(example = "yuan") String unit) {
}
