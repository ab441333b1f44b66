package org.ruralrevival.organization.rectification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ledger entry as a caller opens or edits it (only while open). */
@Schema(name = "RectificationRequest")
public record RectificationRequest(
        @NotNull @Schema(example = "1", required = true) Long organizationId,
        @NotNull @Schema(example = "WEAK_AND_LAX", required = true) RectificationReason reason,
        @Size(max = 2000) @Schema(description = "Required when the reason is OTHER.", example = "班子不团结，组织生活不正常")
        String description,
        @NotNull @Valid @Schema(required = true) Leader leader,
        @Size(max = 50) @Schema(example = "[\"选派年轻干部\", \"举办专题培训\", \"扶持产业发展项目\"]")
        List<@NotBlank @Size(max = 1000) String> measures,
        @NotNull @Schema(example = "2021-03-01", required = true) LocalDate openedOn,
        @NotNull @Schema(description = "After openedOn.", example = "2021-12-31", required = true) LocalDate deadline) {

    /** 县级领导包联: the county leader in charge and their post. */
    @Schema(name = "RectificationLeader")
    public record Leader(
            @NotBlank @Size(max = 100) @Schema(example = "王某某", required = true) String name,
            @NotBlank @Size(max = 200) @Schema(example = "旗委常委、组织部部长", required = true) String post) {
    }
}
