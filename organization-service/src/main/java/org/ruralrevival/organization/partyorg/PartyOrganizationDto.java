package org.ruralrevival.organization.partyorg;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartyOrganization")
public record PartyOrganizationDto(
        @Schema(example = "1") long id,
        @Schema(example = "中共高墩营村总支部委员会") String name,
        @Schema(example = "GENERAL_BRANCH") OrganizationType type,
        @Schema(example = "2") Long parentId,
        @Schema(example = "620123104201") String regionCode,
        @Schema(example = "[\"620123104202\"]") List<String> coveredRegions,
        LocalDate foundedOn,
        LocalDate dissolvedOn,
        ExternalRef externalRef,
        @Schema(example = "0") long version) {

    public static PartyOrganizationDto of(PartyOrganization o) {
        return new PartyOrganizationDto(o.id, o.name, o.type, o.parentId, o.regionCode, List.copyOf(o.coveredRegions),
                o.foundedOn, o.dissolvedOn,
                o.externalSystem == null ? null : new ExternalRef(o.externalSystem, o.externalId), o.version);
    }
}
