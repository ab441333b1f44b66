package org.ruralrevival.talent.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.PersonRef;

@Schema(name = "Training")
public record TrainingDto(
        @Schema(example = "5") long id,
        @Schema(example = "620123104000") String regionCode,
        @Schema(example = "2021-04-16") LocalDate date,
        @Schema(example = "村党组织书记“头雁”培训") String topic,
        @Schema(example = "夏官营镇党委") String organizer,
        @Schema(example = "夏官营镇党群服务中心") String place,
        @Schema(example = "6.5") BigDecimal hours,
        @Schema(description = "Person-times at this session.", example = "80") int attendeeCount,
        List<PersonRef> attendees,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    static TrainingDto of(TrainingSession s) {
        return new TrainingDto(s.id, s.regionCode, s.date, s.topic, s.organizer, s.place, s.hours, s.attendees.size(),
                s.attendees.stream().map(Attendee::ref).toList(), s.version);
    }
}
