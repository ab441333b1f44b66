package org.ruralrevival.economy.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DoublingPlanRequest")
public record DoublingPlanRequest(
        @Schema(description = "Village division code. Ignored on PUT.", example = "620123104202", required = true)
        String villageCode,
        @NotNull @Min(1949) @Max(2100) @Schema(description = "The year whose income is the baseline. Ignored on PUT.",
                example = "2022", required = true) Integer baselineYear,
        @NotNull @Schema(description = "Operating income of the baseline year, yuan (above 0).", example = "105000.00",
                required = true) BigDecimal baselineIncome,
        @Schema(description = "Target = baseline × multiple; default 2 (倍增). Above 1, at most 2 decimals.", example = "2")
        BigDecimal targetMultiple,
        @Min(1950) @Max(2100) @Schema(description = "Default: baseline year + 4 (the four phases).", example = "2026")
        Integer targetYear,
        @NotNull @Schema(example = "SERVICE", required = true) PlanModel model,
        @Size(max = 500) @Schema(example = "成立物业服务公司承接劳务、家政和物业") String note) {
}
