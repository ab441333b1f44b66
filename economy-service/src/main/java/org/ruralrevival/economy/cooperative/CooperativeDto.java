package org.ruralrevival.economy.cooperative;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cooperative")
public record CooperativeDto(
        @Schema(example = "12") long id,
        @Schema(example = "93620123MA7ABCDE1W") String creditCode,
        @Schema(example = "榆中县夏官营村蔬菜种植专业合作社") String name,
        @Schema(example = "620123104202") String villageCode,
        @Schema(example = "夏官营村") String villageName,
        @Schema(example = "FOUNDED") BranchRole branchRole,
        @Schema(example = "86") int memberCount,
        @Schema(example = "龙头企业+合作社+党组织+党员+农牧民") String businessModel,
        @Schema(example = "2021-05-20") LocalDate foundedOn,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    static CooperativeDto of(Cooperative c, String villageName) {
        return new CooperativeDto(c.id, c.creditCode, c.name, c.villageCode, villageName, c.branchRole, c.memberCount,
                c.businessModel, c.foundedOn, c.version);
    }
}
