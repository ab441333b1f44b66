package org.ruralrevival.talent.wealthleader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WealthLeaderTarget")
public record TargetDto(
        @Schema(example = "2") long id,
        @Schema(example = "620123104000") String regionCode,
        @Schema(example = "2025") int year,
        @Schema(example = "MEMBER_TO_LEADER") TargetKind kind,
        @Schema(description = "Unit: percent.", example = "80") BigDecimal targetPercent,
        @Schema(description = "Unit: persons.", example = "250") int baseCount,
        @Schema(description = "People the target asks for: the percent of the base, rounded up (unit: persons).", example = "200")
        long targetCount,
        Progress progress,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    /** Where the target stands on {@code asOf} (never later than the end of the target year). */
    @Schema(name = "WealthLeaderProgress")
    public record Progress(
            @Schema(example = "2021-12-31") LocalDate asOf,
            @Schema(description = "Achieved by asOf (unit: persons).", example = "120") long achieved,
            @Schema(description = "Started and not yet achieved (unit: persons).", example = "35") long inProgress,
            @Schema(description = "achieved / baseCount (unit: percent).", example = "48.00") BigDecimal percent,
            @Schema(description = "Still needed to reach the target (unit: persons).", example = "80") long remaining,
            @Schema(example = "false") boolean met) {
    }

    static TargetDto of(Target t, LocalDate asOf, long achieved, long inProgress) {
        long targetCount = BigDecimal.valueOf(t.baseCount).multiply(t.targetPercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
        BigDecimal percent = BigDecimal.valueOf(achieved * 100).divide(BigDecimal.valueOf(t.baseCount), 2, RoundingMode.HALF_UP);
        LocalDate effective = asOf.isAfter(LocalDate.of(t.year, 12, 31)) ? LocalDate.of(t.year, 12, 31) : asOf;
        return new TargetDto(t.id, t.regionCode, t.year, t.kind, t.targetPercent, t.baseCount, targetCount,
                new Progress(effective, achieved, inProgress, percent, Math.max(0, targetCount - achieved),
                        achieved >= targetCount),
                t.version);
    }
}
