package org.ruralrevival.platform.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reported figure with its unit and, where the reports compare (较上年, 较上届), the same figure
 * for the previous period and the change (value − previous, in {@code changeUnit}: years for ages,
 * percentage points for shares). The change is taken between the rounded figures, so it matches
 * what a report prints next to them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Figure", description = "A figure with its unit; previous value and change where the period is compared.")
public record Figure(
        @Schema(example = "44.5") BigDecimal value,
        @Schema(example = "year") String unit,
        @Schema(description = "The same figure for the period compared with; absent when there is none.",
                example = "48.5") BigDecimal previous,
        @Schema(description = "value − previous; negative means lower.", example = "-4.0") BigDecimal change,
        @Schema(example = "year") String changeUnit) {

    public static final String COUNT = "count";
    public static final String PERSON = "person";
    public static final String PERSON_TIME = "person-time";
    public static final String VILLAGE = "village";
    public static final String ORGANIZATION = "organization";
    public static final String YEAR = "year";
    public static final String PERCENT = "percent";
    public static final String PERCENTAGE_POINT = "percentage-point";
    public static final String YUAN = "yuan";
    public static final String CENTER = "center";
    public static final String WORK = "work";

    /** A figure compared with a previous one; the change is null when either side is missing. */
    public static Figure of(BigDecimal value, String unit, BigDecimal previous, String changeUnit) {
        BigDecimal change = value == null || previous == null ? null : value.subtract(previous);
        return new Figure(value, unit, previous, change, changeUnit);
    }

    /** A figure with no comparison. */
    public static Figure of(BigDecimal value, String unit) {
        return new Figure(value, unit, null, null, null);
    }

    public static Figure count(long value, String unit) {
        return of(BigDecimal.valueOf(value), unit);
    }

    public static Figure count(long value, Long previous, String unit) {
        return of(BigDecimal.valueOf(value), unit, previous == null ? null : BigDecimal.valueOf(previous), unit);
    }

    /** A share in percent with one decimal; the change is in percentage points. */
    public static Figure share(BigDecimal value, BigDecimal previous) {
        return of(value, PERCENT, previous, PERCENTAGE_POINT);
    }

    /** The share of part in whole, in percent, with no comparison. */
    public static Figure share(long part, long whole) {
        return of(percent(part, whole), PERCENT);
    }

    /** {@code part / whole} with one decimal, half up; null when there is no whole. */
    public static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** {@code part / whole} in percent with one decimal (HALF_UP, as the reports print); null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Growth of value over previous in percent, one decimal; null without a previous value. */
    public static BigDecimal growth(BigDecimal value, BigDecimal previous) {
        if (value == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return value.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous.abs(), 1, RoundingMode.HALF_UP);
    }
}
