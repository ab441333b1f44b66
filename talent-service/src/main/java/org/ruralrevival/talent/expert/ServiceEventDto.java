package org.ruralrevival.talent.expert;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertService")
public record ServiceEventDto(
        @Schema(example = "41") long id,
        @Schema(example = "6") long expertId,
        @Schema(example = "2021-05-12") LocalDate date,
        @Schema(example = "2") int sessions,
        @Schema(example = "45") int peopleTrained,
        @Schema(example = "玉米螟综合防治") String topic,
        @Schema(example = "150621101201") String villageCode,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    static ServiceEventDto of(ServiceEvent s) {
        return new ServiceEventDto(s.id, s.expertId, s.date, s.sessions, s.peopleTrained, s.topic, s.villageCode, s.version);
    }
}
