package org.ruralrevival.organization.alliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.partyorg.OrganizationType;
import org.ruralrevival.organization.partyorg.PartyOrganization;

@Schema(name = "Alliance")
public record AllianceDto(
        @Schema(example = "7") long id,
        @Schema(example = "榆中县校地党建联盟") String name,
        @Schema(example = "SCHOOL_LOCALITY") AllianceKind kind,
        @Schema(example = "高校科技、人才资源下沉，服务乡村振兴") String purpose,
        @Schema(example = "620123000000") String regionCode,
        @Schema(example = "2021-06-18") LocalDate foundedOn,
        List<Member> organizations,
        @Schema(example = "[\"兰州大学\", \"西北民族大学\"]") List<String> partners,
        @Schema(description = "Organizations and partners together (unit: members).", example = "4") int memberCount,
        @Schema(example = "0") long version) {

    /** A member party organization, named so a front end need not look it up. */
    @Schema(name = "AllianceMember")
    public record Member(
            @Schema(example = "1") long id,
            @Schema(example = "中共高墩营村支部委员会") String name,
            @Schema(example = "BRANCH") OrganizationType type,
            @Schema(example = "620123104201") String regionCode) {
    }

    static AllianceDto of(Alliance a, Map<Long, PartyOrganization> known) {
        List<Member> members = a.organizationIds.stream().map(known::get).filter(Objects::nonNull)
                .map(o -> new Member(o.id, o.name, o.type, o.regionCode)).toList();
        return new AllianceDto(a.id, a.name, a.kind, a.purpose, a.regionCode, a.foundedOn, members,
                List.copyOf(a.partners), a.memberCount(), a.version);
    }
}
