package org.ruralrevival.economy.cooperative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CooperativeRequest")
public record CooperativeRequest(
        @Schema(description = "Unified social credit code of a farmers' professional cooperative (starts with 93). "
                + "When given it is the natural key: re-sending it updates the cooperative.",
                example = "93620123MA7ABCDE1W") String creditCode,
        @NotBlank @Size(max = 200) @Schema(example = "榆中县夏官营村蔬菜种植专业合作社", required = true) String name,
        @NotBlank @Schema(example = "620123104202", required = true) String villageCode,
        @NotNull @Schema(example = "FOUNDED", required = true) BranchRole branchRole,
        @NotNull @PositiveOrZero @Schema(example = "86", required = true) Integer memberCount,
        @Size(max = 500) @Schema(example = "龙头企业+合作社+党组织+党员+农牧民") String businessModel,
        @Schema(example = "2021-05-20") LocalDate foundedOn) {
}
