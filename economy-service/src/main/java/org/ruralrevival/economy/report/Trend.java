package org.ruralrevival.economy.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A figure of the year against the previous year. Growth is {@code (value − previous) /
 * previous × 100} rounded half-up to one decimal, and absent when the previous year has 0.
 */
@Schema(name = "Trend")
public record Trend(
        @Schema(example = "28150000.00") BigDecimal value,
        @Schema(example = "23977853.49") BigDecimal previous,
        @Schema(description = "Percent, one decimal; null when the previous value is 0.", example = "17.4") BigDecimal growthPercent,
        @Schema(example = "yuan") String unit) {

    public static Trend of(BigDecimal value, BigDecimal previous, String unit) {
        BigDecimal growth = previous.signum() == 0 ? null
                : value.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous.abs(), 1, RoundingMode.HALF_UP);
        return new Trend(value, previous, growth, unit);
    }
}
