package org.ruralrevival.organization.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberHouseholdRequest")
public record MemberHouseholdRequest(
        @NotNull @Schema(example = "101", required = true) Long memberId,
        @NotBlank @Size(max = 50) @Schema(description = "户主 (head of the household).", example = "李桂兰", required = true)
        String householdHead,
        @Schema(description = "村民小组 code (village code + 3 digits); must exist.", example = "620123104201001")
        String groupCode,
        @NotBlank @Size(max = 200) @Schema(example = "高墩营村一社12号", required = true) String address,
        @NotNull @Schema(description = "Not in the future.", example = "2021-03-15", required = true) LocalDate linkedOn) {
}
