package org.ruralrevival.organization.partyorg;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationHistory", description = "One state of an organization, valid from one change to the next.")
public record OrganizationHistoryDto(
        @Schema(example = "101") long id,
        @Schema(example = "1") long organizationId,
        @Schema(example = "中共高墩营村支部委员会") String name,
        @Schema(example = "BRANCH") OrganizationType type,
        @Schema(example = "2") Long parentId,
        @Schema(example = "620123104201") String regionCode,
        @Schema(description = "When this state began (RFC 3339).", example = "2021-05-01T08:00:00Z") Instant validFrom,
        @Schema(description = "When the next change replaced it; null for the current state.",
                example = "2022-03-01T08:00:00Z") Instant validTo,
        @Schema(description = "Token subject of who made the change.", example = "county-editor") String changedBy) {

    static OrganizationHistoryDto of(OrganizationHistory h) {
        return new OrganizationHistoryDto(h.id, h.organizationId, h.name, h.type, h.parentId, h.regionCode, h.validFrom,
                h.validTo, h.changedBy);
    }
}
