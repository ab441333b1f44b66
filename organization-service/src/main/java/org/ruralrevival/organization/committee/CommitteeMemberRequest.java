package org.ruralrevival.organization.committee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.member.Gender;
import org.ruralrevival.organization.partyorg.ExternalRef;

@Schema(name = "CommitteeMemberRequest")
public record CommitteeMemberRequest(
        @NotNull @Positive @Schema(description = "The term the member was elected in.", example = "101", required = true)
        Long termId,
        @NotBlank @Size(max = 50) @Schema(example = "王建军", required = true) String name,
        @NotNull @Schema(example = "MALE", required = true) Gender gender,
        @NotNull @Schema(description = "Before the election date; 18 or older at it.", example = "1975-03-15",
                required = true) LocalDate birthDate,
        @NotNull @Schema(example = "JUNIOR_COLLEGE", required = true) Education education,
        @Size(max = 30) @Schema(example = "蒙古族") String ethnicity,
        @NotEmpty @Schema(description = "At least one; at most one post in each committee. A term has one "
                + "PARTY_SECRETARY and one VILLAGE_DIRECTOR; holding both is 一肩挑.",
                example = "[\"PARTY_SECRETARY\", \"VILLAGE_DIRECTOR\"]", required = true)
        Set<@NotNull CommitteePost> posts,
        @Positive @Schema(description = "The party member record, when the person is one.", example = "5001")
        Long partyMemberId,
        @Valid ExternalRef externalRef) {
}
