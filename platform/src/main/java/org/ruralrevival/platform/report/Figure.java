package org.ruralrevival.platform.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reported figure with its unit, and where the reports compare (较上年, 较上届) the previous
 * period's value and the change. For a percent the change is in percentage points.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Figure", description = "A figure with its unit; previous and change where the period is compared.")
public record Figure(
        @Schema(example = "32.4") BigDecimal value,
        @Schema(description = "count, percent, years, yuan, m2, person-times, …", example = "percent") String unit,
        @Schema(example = "23.9") BigDecimal previous,
        @Schema(description = "value − previous (percentage points for a percent)", example = "8.5") BigDecimal change) {

    public static final String COUNT = "count";
    public static final String PERCENT = "percent";
    public static final String YEARS = "years";
    public static final String YUAN = "yuan";

    public static Figure count(long n) {
        return new Figure(BigDecimal.valueOf(n), COUNT, null, null);
    }

    public static Figure of(BigDecimal value, String unit) {
        return new Figure(value, unit, null, null);
    }

    /** A figure compared with the previous period; with no previous value there is no change either. */
    public static Figure compared(BigDecimal value, BigDecimal previous, String unit) {
        BigDecimal change = value == null || previous == null ? null : value.subtract(previous);
        return new Figure(value, unit, previous, change);
    }

    /** {@code part / whole} in percent with one decimal (HALF_UP, as the reports print); null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A share as a figure: the percent of part in whole. */
    public static Figure share(long part, long whole) {
        return new Figure(percent(part, whole), PERCENT, null, null);
    }

    /** Growth of value over previous in percent, one decimal; null without a previous value. */
    public static BigDecimal growth(BigDecimal value, BigDecimal previous) {
        if (value == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return value.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous.abs(), 1, RoundingMode.HALF_UP);
    }
}
