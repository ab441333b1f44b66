package org.ruralrevival.organization.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.partyorg.ExternalRef;

/**
 * A member as sent by a caller. The ID and phone numbers are checked in {@link MemberService},
 * not by annotations, so no validation message can echo them; {@link #toString()} leaves them out.
 */
@Schema(name = "MemberRequest")
public record MemberRequest(
        @NotNull @Schema(description = "Id of the party organization the member belongs to.", example = "12", required = true)
        Long organizationId,
        @NotBlank @Size(max = 50) @Schema(example = "张建国", required = true) String name,
        @Schema(description = "Optional: taken from the ID number; if given it must agree.", example = "MALE") Gender gender,
        @Size(max = 20) @Schema(example = "汉族") String ethnicity,
        @Schema(description = "Optional: taken from the ID number; if given it must agree.", example = "1965-03-08")
        LocalDate birthDate,
        @Schema(example = "SENIOR_HIGH") Education education,
        @NotNull @Schema(description = "18-character citizen ID number (GB 11643); the natural key.",
                example = "62012319650308123X", required = true) String idNumber,
        @Schema(description = "11-digit mainland mobile number.", example = "13812345678") String phone,
        @NotNull @Schema(description = "入党日期: not before the 18th birthday, not in the future.", example = "1990-07-01",
                required = true) LocalDate joinedOn,
        @Schema(description = "转正日期: after joinedOn.", example = "1991-07-01") LocalDate fullMemberOn,
        @NotNull @Schema(example = "FULL", required = true) MemberStatus status,
        @Schema(description = "Date of transfer out or death; only with those statuses.", example = "2022-05-01")
        LocalDate leftOn,
        @Valid @Schema(description = "流动党员 information.") Flowing flowing,
        @Schema(description = "共产党员户 door plate installed on.", example = "2021-06-28") LocalDate doorPlateOn,
        @Valid ExternalRef externalRef) {

    @Override
    public String toString() {
        return "MemberRequest[organizationId=" + organizationId + ", status=" + status + "]";
    }
}
