package org.ruralrevival.organization.committee;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.member.Gender;
import org.ruralrevival.organization.partyorg.ExternalRef;

@Schema(name = "CommitteeMember")
public record CommitteeMemberDto(
        @Schema(example = "2001") long id,
        @Schema(example = "101") long termId,
        @Schema(description = "The term's village.", example = "150621101201") String regionCode,
        @Schema(example = "2021") int termYear,
        @Schema(example = "王建军") String name,
        @Schema(example = "MALE") Gender gender,
        @Schema(example = "1975-03-15") LocalDate birthDate,
        @Schema(description = "Completed years at the election date.", example = "46") int ageAtElection,
        @Schema(example = "JUNIOR_COLLEGE") Education education,
        @Schema(description = "大专以上", example = "true") boolean collegeOrAbove,
        @Schema(example = "蒙古族") String ethnicity,
        @Schema(example = "[\"PARTY_SECRETARY\", \"VILLAGE_DIRECTOR\"]") List<CommitteePost> posts,
        @Schema(description = "一肩挑: party secretary and villagers' committee director at once.", example = "true")
        boolean oneShoulder,
        @Schema(example = "5001") Long partyMemberId,
        ExternalRef externalRef,
        @Schema(description = "Also the ETag; send it back in If-Match to change the member.", example = "0")
        long version) {

    public static CommitteeMemberDto of(CommitteeMember m) {
        return new CommitteeMemberDto(m.id, m.term.id, m.term.regionCode, m.term.termYear, m.name, m.gender,
                m.birthDate, m.ageAtElection(), m.education, m.education.collegeOrAbove(), m.ethnicity,
                m.posts.stream().sorted().toList(), m.oneShoulder(), m.partyMemberId,
                m.externalSystem == null ? null : new ExternalRef(m.externalSystem, m.externalId), m.version);
    }
}
