package org.ruralrevival.organization.partyorg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartyOrganizationRequest")
public record PartyOrganizationRequest(
        @NotBlank @Size(max = 200) @Schema(example = "中共高墩营村总支部委员会", required = true) String name,
        @NotNull @Schema(example = "GENERAL_BRANCH", required = true) OrganizationType type,
        @Schema(description = "Id of the parent organization.", example = "1") Long parentId,
        @NotBlank @Schema(description = "Division code of the region it belongs to.", example = "620123104201", required = true)
        String regionCode,
        @Size(max = 500) @Schema(description = "Other regions it covers (villages of a community committee).",
                example = "[\"620123104202\"]") List<String> coveredRegions,
        @Schema(example = "1998-07-01") LocalDate foundedOn,
        LocalDate dissolvedOn,
        @Valid ExternalRef externalRef) {
}
