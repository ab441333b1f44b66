package org.ruralrevival.organization.points;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A red or black list for a region and year. */
@Schema(name = "PointsRanking")
public record Ranking(
        @Schema(example = "RED") RankingList list,
        @Schema(example = "2021") int year,
        @Schema(description = "The region prefix the list covers; empty for the whole country.", example = "620123")
        String region,
        List<Entry> items) {

    @Schema(name = "PointsRankingEntry")
    public record Entry(
            @Schema(example = "1") int rank,
            @Schema(example = "101") long memberId,
            @Schema(example = "张建国") String name,
            @Schema(example = "12") long organizationId,
            @Schema(example = "620123104201") String regionCode,
            @Schema(description = "Sum of the member's points in the year.", example = "45") long total) {
    }
}
