package org.ruralrevival.talent.recruit;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Gender;
import org.ruralrevival.talent.common.PersonRef;

/**
 * The outbox event {@code recruit-admitted}: what organization-service needs to create the
 * probationary member. The ID number travels masked, as everything in the outbox does (the feed is
 * readable and the table is in every dump); the receiver fetches the full number from
 * {@code personalDataUrl} with a service token whose role may see personal data.
 */
@Schema(name = "RecruitAdmittedEvent")
public record RecruitAdmitted(
        @Schema(example = "7") long recruitId,
        @Schema(example = "李明") String name,
        @Schema(example = "MALE") Gender gender,
        @Schema(example = "1998-05-04") LocalDate birthDate,
        @Schema(example = "6201**********0012") String idNumberMasked,
        @Schema(example = "/api/v1/recruits/7") String personalDataUrl,
        @Schema(example = "620123104201") String villageCode,
        @Schema(example = "42") Long branchId,
        @Schema(example = "RETURNING_GRADUATE") RecruitSource source,
        @Schema(example = "PROBATIONARY") RecruitStage status,
        @Schema(description = "入党时间: the branch meeting date.", example = "2020-10-15") LocalDate joinedOn,
        @Schema(example = "2020-12-01") LocalDate approvalDate,
        @Schema(example = "2021-10-15") LocalDate probationEnds,
        @Schema(example = "2019-03-01") LocalDate applicationDate,
        @Schema(example = "2019-04-10") LocalDate activistDate,
        @Schema(example = "2020-04-20") LocalDate developmentTargetDate,
        List<PersonRef> introducers) {
}
