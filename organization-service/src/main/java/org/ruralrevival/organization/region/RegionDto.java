package org.ruralrevival.organization.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.platform.region.RegionLevel;

@Schema(name = "Region")
public record RegionDto(
        @Schema(example = "620123104201") String code,
        @Schema(example = "高墩营村") String name,
        @Schema(example = "VILLAGE") RegionLevel level,
        @Schema(example = "620123104000") String parentCode,
        @Schema(example = "VILLAGE") RegionKind kind,
        @Schema(example = "梁外村") String category,
        VillageTier tier,
        boolean keyVillage,
        boolean weakAndLax,
        boolean weakEconomy,
        boolean demonstration,
        @Schema(description = "Also the ETag; send it back in If-Match to change the region.", example = "0") long version) {

    static RegionDto of(Region r) {
        return new RegionDto(r.code, r.name, r.level, r.parentCode, r.kind, r.category, r.tier, r.keyVillage,
                r.weakAndLax, r.weakEconomy, r.demonstration, r.version);
    }
}
