package org.ruralrevival.economy.income;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A village's yearly account as a caller sends it. Amounts in yuan, at most 2 decimals, never
 * negative except net income. Income from joint projects is not entered here: it is derived
 * from the projects' actual income split by shares (see jointProjectIncome in the answer).
 */
@Schema(name = "IncomeRequest")
public record IncomeRequest(
        @Schema(description = "Village division code. Ignored on PUT (village and year cannot change).",
                example = "620123104201", required = true) String villageCode,
        @Min(1949) @Max(2100) @Schema(description = "Ignored on PUT.", example = "2023", required = true) Integer year,
        @NotNull @Schema(description = "经营性收入, yuan: resource, asset lease, service and investment income.",
                example = "70000.00", required = true) BigDecimal operatingIncome,
        @NotNull @Schema(description = "总收入, yuan: operating income plus subsidies and other income.",
                example = "120000.00", required = true) BigDecimal totalIncome,
        @NotNull @Schema(description = "纯收入, yuan: total income less expenses; negative for a loss.",
                example = "65000.00", required = true) BigDecimal netIncome,
        @Schema(description = "Breakdown by source, yuan. When given, all sources add up to totalIncome and "
                + "RESOURCE + ASSET_LEASE + SERVICE + INVESTMENT to operatingIncome; a source left out is 0.",
                example = "{\"ASSET_LEASE\": 70000.00, \"SUBSIDY\": 50000.00}") Map<IncomeSource, BigDecimal> bySource,
        @Size(max = 500) @Schema(example = "设施农业大棚租金") String note) {
}
