package org.ruralrevival.organization.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as a caller creates or replaces it. The level and parent follow from the code. */
@Schema(name = "RegionRequest")
public record RegionRequest(
        @Schema(description = "Division code, 12 digits (15 for a villager group). Ignored on PUT.",
                example = "620123104201") String code,
        @NotBlank @Size(max = 100) @Schema(example = "高墩营村", required = true) String name,
        @Schema(description = "Must equal the parent the code implies, when given.", example = "620123104000")
        String parentCode,
        @Schema(description = "Defaults to the level's usual kind (VILLAGE, TOWN, COUNTY…).") RegionKind kind,
        @Size(max = 50) @Schema(example = "梁外村") String category,
        VillageTier tier,
        @Schema(description = "乡村振兴重点村") Boolean keyVillage,
        @Schema(description = "软弱涣散村") Boolean weakAndLax,
        @Schema(description = "集体经济薄弱村") Boolean weakEconomy,
        @Schema(description = "示范村") Boolean demonstration) {
}
