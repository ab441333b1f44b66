package org.ruralrevival.organization.rectification;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rectification")
public record RectificationDto(
        @Schema(example = "12") long id,
        @Schema(example = "1") long organizationId,
        @Schema(example = "中共某某嘎查支部委员会") String organizationName,
        @Schema(example = "150621104201") String regionCode,
        @Schema(example = "WEAK_AND_LAX") RectificationReason reason,
        @Schema(example = "班子不团结，组织生活不正常") String description,
        RectificationRequest.Leader leader,
        @Schema(example = "[\"选派年轻干部\", \"举办专题培训\"]") List<String> measures,
        @Schema(example = "2021-03-01") LocalDate openedOn,
        @Schema(example = "2021-12-31") LocalDate deadline,
        @Schema(example = "OPEN") RectificationStatus status,
        @Schema(example = "2021-11-30") LocalDate closedOn,
        @Schema(example = "班子配齐配强，组织生活规范，已整顿提升") String closingNote,
        @Schema(description = "Open and past its deadline on the list's asOf date (default today).", example = "false")
        boolean overdue,
        @Schema(example = "0") long version) {

    static RectificationDto of(Rectification r, LocalDate asOf) {
        return new RectificationDto(r.id, r.organizationId, r.organization.name, r.organization.regionCode, r.reason,
                r.description, new RectificationRequest.Leader(r.leaderName, r.leaderPost), List.copyOf(r.measures),
                r.openedOn, r.deadline, r.status, r.closedOn, r.closingNote, r.isOverdue(asOf), r.version);
    }
}
