package org.ruralrevival.organization.member;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.partyorg.ExternalRef;

/** A member as answered; idNumber and phone are masked unless the caller may see personal data. */
@Schema(name = "Member")
public record MemberDto(
        @Schema(example = "101") long id,
        @Schema(example = "12") long organizationId,
        @Schema(description = "The organization's region.", example = "620123104201") String regionCode,
        @Schema(example = "张建国") String name,
        @Schema(example = "MALE") Gender gender,
        @Schema(example = "汉族") String ethnicity,
        @Schema(example = "1965-03-08") LocalDate birthDate,
        @Schema(example = "SENIOR_HIGH") Education education,
        @Schema(description = "Masked unless the caller's role allows the full value.", example = "6201**********1234")
        String idNumber,
        @Schema(description = "Masked unless the caller's role allows the full value.", example = "138****5678")
        String phone,
        @Schema(example = "1990-07-01") LocalDate joinedOn,
        @Schema(example = "1991-07-01") LocalDate fullMemberOn,
        @Schema(example = "FULL") MemberStatus status,
        @Schema(example = "2022-05-01") LocalDate leftOn,
        Flowing flowing,
        @Schema(example = "2021-06-28") LocalDate doorPlateOn,
        ExternalRef externalRef,
        @Schema(description = "Whole years since joining, today.", example = "35") int yearsInParty,
        @Schema(description = "光荣在党50年: joined at least 50 years ago.", example = "false") boolean fiftyYears,
        @Schema(example = "0") long version) {

    @Override
    public String toString() {
        return "Member[id=" + id + ", version=" + version + "]";
    }
}
