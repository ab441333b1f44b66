package org.ruralrevival.talent.recruit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Gender;

/** A person entering recruitment with an application (入党申请书), or the corrected record. */
@Schema(name = "RecruitRequest")
public record RecruitRequest(
        @NotBlank @Size(max = 50) @Schema(example = "李明", required = true) String name,
        @Schema(description = "Defaults to the one the ID number encodes; must agree with it.", example = "MALE") Gender gender,
        @Schema(description = "Defaults to the one the ID number encodes; must agree with it.", example = "1998-05-04")
        LocalDate birthDate,
        @NotBlank @Schema(description = "18-character 居民身份证号码; stored encrypted, answered masked.",
                example = "620123199805040012", required = true) String idNumber,
        @NotBlank @Schema(description = "The village (12-digit division code).", example = "620123104201", required = true)
        String villageCode,
        @Min(1) @Schema(description = "The party branch: an organization id in organization-service.", example = "42")
        Long branchId,
        @NotNull @Schema(example = "RETURNING_GRADUATE", required = true) RecruitSource source,
        @NotNull @Schema(description = "Date of the written application (入党申请书); the applicant must be 18 by then. "
                + "Fixed once the first step is taken.", example = "2019-03-01", required = true)
        LocalDate applicationDate) {
}
