package org.ruralrevival.economy.plan;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DoublingPlan", description = "A doubling plan. Amounts in yuan (元).")
public record DoublingPlanDto(
        @Schema(example = "7") long id,
        @Schema(example = "620123104202") String villageCode,
        @Schema(example = "夏官营村") String villageName,
        @Schema(example = "2022") int baselineYear,
        @Schema(example = "105000.00") BigDecimal baselineIncome,
        @Schema(example = "2.00") BigDecimal targetMultiple,
        @Schema(example = "2026") int targetYear,
        @Schema(description = "baselineIncome × targetMultiple, yuan.", example = "210000.00") BigDecimal targetIncome,
        @Schema(example = "SERVICE") PlanModel model,
        @Schema(example = "成立物业服务公司承接劳务、家政和物业") String note,
        @Schema(description = "Where the plan stands in the year asked for (?year=, default this year).") Progress progress,
        @Schema(example = "yuan") String unit,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    @Schema(name = "DoublingPlanProgress", description = "Latest operating income against the straight target line: "
            + "line(y) = baseline + (target − baseline) × (y − baselineYear) / (targetYear − baselineYear), the target after "
            + "the target year. Latest income = the operating income (joint-project parts included) of the latest year "
            + "from the baseline year up to y with any income recorded, else the baseline income. Behind = below the line.")
    public record Progress(
            @Schema(example = "2023") int year,
            @Schema(description = "Null before the first plan year and after the target year.", example = "CONSTRUCTION")
            PlanPhase phase,
            @Schema(description = "The target line in that year, yuan.", example = "131250.00") BigDecimal targetLine,
            @Schema(description = "The latest operating income up to that year (joint-project parts included), yuan.",
                    example = "315000.00") BigDecimal latestIncome,
            @Schema(description = "The year of latestIncome; the baseline year when nothing newer is recorded.",
                    example = "2023") int latestIncomeYear,
            @Schema(description = "latestIncome as a share of the target, percent.", example = "150.0") BigDecimal percentOfTarget,
            @Schema(example = "false") boolean behind) {
    }
}
