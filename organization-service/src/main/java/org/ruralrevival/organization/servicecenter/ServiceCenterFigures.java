package org.ruralrevival.organization.servicecenter;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.platform.report.Figure;

/**
 * Service-centre figures of a region for the report: centres by state (now), works by kind and
 * operating funds for a year, each against the year before.
 */
@Schema(name = "ServiceCenterFigures")
public record ServiceCenterFigures(
        @Schema(description = "The region the figures cover; null for the whole country.", example = "150621000000")
        String region,
        @Schema(example = "2021") int year,
        @Schema(description = "The funding line villages are measured against, in yuan.", example = "150000")
        BigDecimal minimumFunds,
        @Schema(description = "Centres in the region now.") Figure centers,
        @Schema(description = "Centres now, by state (every state listed).") Map<CenterState, Figure> centersByState,
        @Schema(description = "Works in the year by kind (every kind listed), against the year before.")
        Map<WorkKind, WorkFigures> worksByKind,
        @Schema(description = "Operating funds recorded for the year, in yuan.") Figure totalFunds,
        @Schema(description = "Villages with a funds record for the year.") Figure fundedVillages,
        @Schema(description = "Villages whose recorded funds for the year are below minimumFunds.")
        Figure villagesBelowMinimum,
        @Schema(description = "Villages with a centre but no funds record for the year.") Figure villagesWithoutFunds) {

    /** Works of one kind: how many and the money put in. */
    @Schema(name = "ServiceCenterWorkFigures")
    public record WorkFigures(Figure works, Figure investment) {
    }

    /** Operating-fund sums of one year, as SQL aggregates them. */
    public record FundTotals(long funded, BigDecimal total, long belowMinimum, long withoutRecord) {
    }

    /** Works of one kind in one year, as SQL aggregates them. */
    public record KindTotals(long works, BigDecimal investment) {
        static final KindTotals NONE = new KindTotals(0, BigDecimal.ZERO.setScale(2));
    }
}
