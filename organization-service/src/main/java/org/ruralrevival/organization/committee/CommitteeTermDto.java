package org.ruralrevival.organization.committee;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.partyorg.ExternalRef;

@Schema(name = "CommitteeTerm")
public record CommitteeTermDto(
        @Schema(example = "101") long id,
        @Schema(example = "150621101201") String regionCode,
        @Schema(example = "2021") int termYear,
        @Schema(example = "2021-04-18") LocalDate electionDate,
        ExternalRef externalRef,
        @Schema(description = "Also the ETag; send it back in If-Match to change the term.", example = "0") long version) {

    public static CommitteeTermDto of(CommitteeTerm t) {
        return new CommitteeTermDto(t.id, t.regionCode, t.termYear, t.electionDate,
                t.externalSystem == null ? null : new ExternalRef(t.externalSystem, t.externalId), t.version);
    }
}
