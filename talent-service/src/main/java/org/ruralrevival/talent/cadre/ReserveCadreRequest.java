package org.ruralrevival.talent.cadre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Gender;

@Schema(name = "ReserveCadreRequest")
public record ReserveCadreRequest(
        @NotBlank @Schema(example = "620123104201", required = true) String villageCode,
        @NotBlank @Size(max = 50) @Schema(example = "张晓燕", required = true) String name,
        @NotNull @Schema(example = "FEMALE", required = true) Gender gender,
        @NotNull @Schema(example = "1994-08-12", required = true) LocalDate birthDate,
        @NotNull @Schema(example = "BACHELOR", required = true) Education education,
        @NotNull @Schema(description = "The 1211 scheme's category; COLLEGE_EDUCATED needs 大专 or above, "
                + "YOUNG_MEMBER a party member of 35 or younger.", example = "COLLEGE_EDUCATED", required = true)
        CadreCategory category,
        @Size(max = 50) @Schema(description = "Where the person comes from, in the county's words.", example = "返乡大学生")
        String source,
        @NotNull @Schema(example = "true", required = true) Boolean partyMember,
        @Schema(description = "When the person entered the reserve; defaults to today.", example = "2021-06-30")
        LocalDate reservedOn) {
}
