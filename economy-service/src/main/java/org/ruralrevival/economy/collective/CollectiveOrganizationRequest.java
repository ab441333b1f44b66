package org.ruralrevival.economy.collective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collective economic organization as a caller sends it; POST with a known credit code updates it. */
@Schema(name = "CollectiveOrganizationRequest")
public record CollectiveOrganizationRequest(
        @Schema(description = "Unified social credit code (GB 32100): 18 characters starting with N "
                + "(N1 group-level, N2 village-level, N3 town-level, N9 other collective). Ignored on PUT.",
                example = "N2620123MF0000012P", required = true) String creditCode,
        @NotBlank @Size(max = 200) @Schema(example = "榆中县夏官营镇高墩营村股份经济合作社", required = true) String name,
        @NotBlank @Schema(description = "Division code of its village (a villager group for N1, a town for N3).",
                example = "620123104201", required = true) String regionCode,
        @Schema(example = "2020-06-30") LocalDate registeredOn,
        @PositiveOrZero @Schema(example = "1260") Integer memberCount,
        @Schema(description = "Override: record a known legacy code although its check character does not match "
                + "GB 32100 (refused by default). The record is then marked legacyCheckCharacter=true.",
                example = "false") Boolean acceptLegacyCheckCharacter) {
}
