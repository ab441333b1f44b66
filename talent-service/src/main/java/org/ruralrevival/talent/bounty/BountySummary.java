package org.ruralrevival.talent.bounty;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Figure;

/** Bounties in a region: posted and completed in the period, open and claimed at its end. */
@Schema(name = "BountySummary")
public record BountySummary(
        @Schema(example = "150621000000") String region,
        @Schema(example = "2021-01-01") LocalDate from,
        @Schema(example = "2021-12-31") LocalDate to,
        @Schema(description = "Posted in the period (unit: bounties).") Figure posted,
        @Schema(description = "Still open at the end of the period (unit: bounties).") Figure open,
        @Schema(description = "Claimed and not completed at the end of the period (unit: bounties).") Figure claimed,
        @Schema(description = "Completed in the period (unit: bounties).") Figure completed,
        @Schema(description = "Funds spent on those completed (unit: yuan).") Figure fundsSpent,
        @Schema(description = "Points awarded for those completed (unit: points).") Figure points,
        @Schema(description = "Points per claimant for the yearly assessment, highest first.") List<ClaimantPoints> claimants) {

    @Schema(name = "BountyClaimantPoints")
    public record ClaimantPoints(
            @Schema(example = "UNIT") ClaimantKind kind,
            @Schema(example = "达拉特旗水利局") String name,
            @Schema(example = "20417") Long memberId,
            @Schema(example = "3") long completed,
            @Schema(example = "30") long points) {
    }
}
