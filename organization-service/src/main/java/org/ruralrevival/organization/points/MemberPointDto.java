package org.ruralrevival.organization.points;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberPoint")
public record MemberPointDto(
        @Schema(example = "801") long id,
        @Schema(example = "101") long memberId,
        @Schema(example = "2021-06-28") LocalDate date,
        @Schema(example = "5") int points,
        @Schema(example = "志愿服务") String category,
        @Schema(example = "参加疫情防控志愿服务") String reason,
        @Schema(example = "0") long version) {

    public static MemberPointDto of(MemberPoint p) {
        return new MemberPointDto(p.id, p.memberId, p.date, p.points, p.category, p.reason, p.version);
    }
}
