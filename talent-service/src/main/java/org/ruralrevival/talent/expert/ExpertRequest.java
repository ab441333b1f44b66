package org.ruralrevival.talent.expert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertRequest")
public record ExpertRequest(
        @NotBlank @Size(max = 100) @Schema(example = "高志远", required = true) String name,
        @NotNull @Schema(example = "EXPERT", required = true) ExpertKind kind,
        @NotBlank @Size(max = 100) @Schema(example = "病虫害防治", required = true) String field,
        @NotBlank @Schema(description = "The region served.", example = "150621000000", required = true) String regionCode,
        @Size(max = 200) @Schema(example = "达拉特旗农牧局") String unit) {
}
