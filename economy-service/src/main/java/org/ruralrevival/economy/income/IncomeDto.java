package org.ruralrevival.economy.income;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Income", description = "A village's yearly account. All amounts in yuan (元).")
public record IncomeDto(
        @Schema(example = "1001") long id,
        @Schema(example = "620123104201") String villageCode,
        @Schema(example = "高墩营村") String villageName,
        @Schema(example = "2023") int year,
        @Schema(description = "As recorded, yuan.", example = "70000.00") BigDecimal operatingIncome,
        @Schema(description = "As recorded, yuan.", example = "120000.00") BigDecimal totalIncome,
        @Schema(description = "As recorded, yuan.", example = "65000.00") BigDecimal netIncome,
        @Schema(description = "As recorded, yuan; empty when the ledger gave no breakdown.",
                example = "{\"RESOURCE\": 0.00, \"ASSET_LEASE\": 70000.00, \"SERVICE\": 0.00, \"INVESTMENT\": 0.00, "
                        + "\"SUBSIDY\": 50000.00, \"OTHER\": 0.00}") Map<IncomeSource, BigDecimal> bySource,
        @Schema(description = "The village's part of the year's actual income of joint projects, yuan (投资收益).",
                example = "87000.00") BigDecimal jointProjectIncome,
        @Schema(description = "Recorded figures plus jointProjectIncome: what reports count.") Totals withJointProjects,
        @Schema(example = "设施农业大棚租金") String note,
        @Schema(example = "yuan") String unit,
        @Schema(description = "Also the ETag; send it back in If-Match to correct the account.", example = "0") long version) {

    @Schema(name = "IncomeTotals", description = "Yuan.")
    public record Totals(
            @Schema(example = "157000.00") BigDecimal operatingIncome,
            @Schema(example = "207000.00") BigDecimal totalIncome,
            @Schema(example = "152000.00") BigDecimal netIncome) {
    }

    static IncomeDto of(IncomeAccount a, String villageName, BigDecimal joint) {
        return new IncomeDto(a.id, a.villageCode, villageName, a.year, a.operatingIncome, a.totalIncome, a.netIncome,
                a.bySource(), joint,
                new Totals(a.operatingIncome.add(joint), a.totalIncome.add(joint), a.netIncome.add(joint)),
                a.note, "yuan", a.version);
    }
}
