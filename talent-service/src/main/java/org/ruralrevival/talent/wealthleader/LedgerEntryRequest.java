package org.ruralrevival.talent.wealthleader;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WealthLeaderEntryRequest")
public record LedgerEntryRequest(
        @NotNull @Schema(example = "MEMBER_TO_LEADER", required = true) LedgerKind kind,
        @NotBlank @Schema(example = "620123104201", required = true) String villageCode,
        @NotBlank @Size(max = 50) @Schema(example = "马永福", required = true) String personName,
        @Min(1) @Schema(description = "Member id in organization-service, when the person is (or became) a member.",
                example = "10877") Long memberId,
        @Schema(description = "A village cadre (村干部); counts towards CADRE_TO_LEADER. MEMBER_TO_LEADER only.",
                example = "true") Boolean villageCadre,
        @Size(max = 100) @Schema(example = "肉羊养殖") String industry,
        @NotNull @Schema(description = "Cultivation started (列入培养).", example = "2021-03-01", required = true) LocalDate startedOn,
        @Schema(description = "Became a wealth leader / was admitted; null while in progress.", example = "2022-06-30")
        LocalDate achievedOn,
        @Size(max = 500) @Schema(example = "带动12户养殖") String note) {
}
