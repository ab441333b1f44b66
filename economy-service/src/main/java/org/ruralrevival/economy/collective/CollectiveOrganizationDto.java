package org.ruralrevival.economy.collective;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectiveOrganization")
public record CollectiveOrganizationDto(
        @Schema(example = "N2620123MF0000012P") String creditCode,
        @Schema(description = "True when the code was recorded with a check character that does not match (a known legacy code).",
                example = "false") boolean legacyCheckCharacter,
        @Schema(example = "榆中县夏官营镇高墩营村股份经济合作社") String name,
        @Schema(example = "620123104201") String regionCode,
        @Schema(example = "高墩营村") String regionName,
        @Schema(example = "2020-06-30") LocalDate registeredOn,
        @Schema(example = "1260") Integer memberCount,
        @Schema(description = "Also the ETag; send it back in If-Match to change the record.", example = "0") long version) {

    static CollectiveOrganizationDto of(CollectiveOrganization o, String regionName) {
        return new CollectiveOrganizationDto(o.creditCode, o.legacyCheckCharacter, o.name, o.regionCode, regionName,
                o.registeredOn, o.memberCount, o.version);
    }
}
