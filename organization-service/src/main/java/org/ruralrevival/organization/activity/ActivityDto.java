package org.ruralrevival.organization.activity;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Activity")
public record ActivityDto(
        @Schema(example = "301") long id,
        @Schema(example = "12") long organizationId,
        @Schema(example = "THEME_DAY") ActivityKind kind,
        @Schema(example = "2021-06-28") LocalDate date,
        @Schema(example = "学习党史 传承红色基因") String topic,
        @Schema(example = "[101, 102]") List<Long> attendees,
        @Schema(description = "应到: full and probationary members of the organization and those below it on that date.",
                example = "25") long expected,
        @Schema(description = "实到: members who attended.", example = "22") long attended,
        @Schema(example = "0") long version) {

    public static ActivityDto of(Activity a, long expected) {
        return new ActivityDto(a.id, a.organizationId, a.kind, a.date, a.topic, List.copyOf(a.attendees), expected,
                a.attendees.size(), a.version);
    }
}
