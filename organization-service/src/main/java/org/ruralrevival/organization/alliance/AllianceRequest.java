package org.ruralrevival.organization.alliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alliance as a caller creates or replaces it; it needs at least two members in all. */
@Schema(name = "AllianceRequest")
public record AllianceRequest(
        @NotBlank @Size(max = 200) @Schema(example = "榆中县校地党建联盟", required = true) String name,
        @NotNull @Schema(example = "SCHOOL_LOCALITY", required = true) AllianceKind kind,
        @Size(max = 2000) @Schema(example = "高校科技、人才资源下沉，服务乡村振兴") String purpose,
        @NotBlank @Schema(description = "Division code of the lead region.", example = "620123000000", required = true)
        String regionCode,
        @Schema(example = "2021-06-18") LocalDate foundedOn,
        @Size(max = 500) @Schema(description = "Ids of member party organizations; each must exist.", example = "[1, 2]")
        List<@NotNull Long> organizationIds,
        @Size(max = 100) @Schema(description = "Members outside the organization tree, by name.",
                example = "[\"兰州大学\", \"西北民族大学\"]")
        List<@NotBlank @Size(max = 200) String> partners) {
}
