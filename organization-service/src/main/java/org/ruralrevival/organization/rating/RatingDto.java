package org.ruralrevival.organization.rating;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.collectiveincome.CollectiveIncome;
import org.ruralrevival.organization.partyorg.ExternalRef;
import org.ruralrevival.organization.partyorg.OrganizationType;

@Schema(name = "Rating")
public record RatingDto(
        @Schema(example = "31") long id,
        @Schema(example = "1") long organizationId,
        @Schema(example = "中共高墩营村支部委员会") String organizationName,
        @Schema(example = "BRANCH") OrganizationType organizationType,
        @Schema(example = "620123104201") String regionCode,
        @Schema(example = "2021") int year,
        @Schema(example = "FIRST") ClassGrade classGrade,
        @Schema(example = "8") Integer stars,
        @Schema(example = "true") boolean strongestBranch,
        @Schema(example = "true") boolean standardized,
        @Schema(example = "2022-01-15") LocalDate assessedOn,
        ExternalRef externalRef,
        @Schema(example = "0") long version,
        @Schema(description = "Context, not part of the rating: the collective income of the organization's village "
                + "in the rated year, as economy-service recorded it; absent when none is known.")
        CollectiveIncome collectiveIncome) {

    static RatingDto of(Rating r) {
        return new RatingDto(r.id, r.organizationId, r.organization.name, r.organization.type, r.organization.regionCode,
                r.year, r.classGrade, r.stars, r.strongestBranch, r.standardized, r.assessedOn,
                r.externalSystem == null ? null : new ExternalRef(r.externalSystem, r.externalId), r.version, null);
    }

    RatingDto withCollectiveIncome(CollectiveIncome income) {
        return new RatingDto(id, organizationId, organizationName, organizationType, regionCode, year, classGrade, stars,
                strongestBranch, standardized, assessedOn, externalRef, version, income);
    }
}
