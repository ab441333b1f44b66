package org.ruralrevival.talent.bounty;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Bounty")
public record BountyDto(
        @Schema(example = "4") long id,
        @Schema(example = "150621101000") String regionCode,
        @Schema(example = "解决高墩营村灌溉渠渗漏问题") String title,
        String description,
        @Schema(example = "2021-03-15") LocalDate postedOn,
        @Schema(example = "500000.00") BigDecimal budget,
        @Schema(example = "CLAIMED") BountyState state,
        @Schema(description = "Null while open.") Claimant claimant,
        @Schema(example = "2021-04-01") LocalDate claimedOn,
        @Schema(example = "2021-10-20") LocalDate completedOn,
        @Schema(description = "Yuan.", example = "455000.00") BigDecimal fundsSpent,
        @Schema(example = "10") Integer points,
        String completionNote,
        @Schema(description = "Also the ETag.", example = "1") long version) {

    @Schema(name = "BountyClaimant")
    public record Claimant(
            @Schema(example = "UNIT") ClaimantKind kind,
            @Schema(example = "达拉特旗水利局") String name,
            @Schema(example = "20417") Long memberId) {
    }

    static BountyDto of(Bounty b) {
        Claimant claimant = b.claimantKind == null ? null : new Claimant(b.claimantKind, b.claimantName, b.claimantMemberId);
        return new BountyDto(b.id, b.regionCode, b.title, b.description, b.postedOn, b.budget, b.state, claimant,
                b.claimedOn, b.completedOn, b.fundsSpent, b.points, b.completionNote, b.version);
    }
}
