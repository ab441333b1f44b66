package org.ruralrevival.talent.recruit;

import java.time.LocalDate;
import java.time.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Gender;

@Schema(name = "Recruit")
public record RecruitDto(
        @Schema(example = "7") long id,
        @Schema(example = "李明") String name,
        @Schema(example = "MALE") Gender gender,
        @Schema(example = "1998-05-04") LocalDate birthDate,
        @Schema(description = "Age in whole years on the application date.", example = "20") int ageAtApplication,
        @Schema(description = "Masked unless your role may see personal data.", example = "6201**********0012") String idNumber,
        @Schema(example = "620123104201") String villageCode,
        @Schema(example = "42") Long branchId,
        @Schema(example = "RETURNING_GRADUATE") RecruitSource source,
        @Schema(example = "2019-03-01") LocalDate applicationDate,
        @Schema(example = "ACTIVIST") RecruitStage stage,
        @Schema(description = "谈话 with the applicant.", example = "2019-03-15") LocalDate talkDate,
        @Schema(example = "2019-04-10") LocalDate activistDate,
        @Schema(example = "2020-04-20") LocalDate developmentTargetDate,
        @Schema(description = "支部大会讨论通过: the admission date.", example = "2020-10-15") LocalDate branchMeetingDate,
        @Schema(description = "Approval by the township-level committee.", example = "2020-12-01") LocalDate approvalDate,
        @Schema(description = "The first day the probationary member may become a full member.", example = "2021-10-15")
        LocalDate probationEnds,
        @Schema(example = "false") boolean probationExtended,
        @Schema(example = "2021-10-20") LocalDate fullMemberDate,
        @Schema(description = "Date of rejection or withdrawal.", example = "2020-06-01") LocalDate closedOn,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    static RecruitDto of(Recruit r, String idNumberShown) {
        return new RecruitDto(r.id, r.name, r.gender, r.birthDate, Period.between(r.birthDate, r.applicationDate).getYears(),
                idNumberShown, r.villageCode, r.branchId, r.source, r.applicationDate, r.stage, r.talkDate, r.activistDate,
                r.developmentTargetDate, r.branchMeetingDate, r.approvalDate, r.probationEnds, r.probationExtended,
                r.fullMemberDate, r.closedOn, r.version);
    }
}
