package org.ruralrevival.organization.household;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberHousehold")
public record MemberHouseholdDto(
        @Schema(example = "501") long id,
        @Schema(example = "101") long memberId,
        @Schema(example = "李桂兰") String householdHead,
        @Schema(example = "620123104201001") String groupCode,
        @Schema(example = "高墩营村一社12号") String address,
        @Schema(example = "2021-03-15") LocalDate linkedOn,
        @Schema(example = "0") long version) {

    public static MemberHouseholdDto of(MemberHousehold h) {
        return new MemberHouseholdDto(h.id, h.memberId, h.householdHead, h.groupCode, h.address, h.linkedOn, h.version);
    }
}
