package org.ruralrevival.talent.bounty;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 揭榜: a unit or a person takes the bounty on. */
@Schema(name = "BountyClaimRequest")
public record ClaimRequest(
        @NotNull @Schema(example = "UNIT", required = true) ClaimantKind claimantKind,
        @NotBlank @Size(max = 200) @Schema(example = "达拉特旗水利局", required = true) String claimantName,
        @Min(1) @Schema(description = "For a person: the member id in organization-service, when known.", example = "20417")
        Long memberId,
        @NotNull @Schema(example = "2021-04-01", required = true) LocalDate date) {
}
