package org.ruralrevival.talent.training;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Figure;

/** Sessions, people and person-times in a region and period. */
@Schema(name = "TrainingSummary")
public record TrainingSummary(
        @Schema(example = "620123000000") String region,
        @Schema(example = "2021-01-01") LocalDate from,
        @Schema(example = "2021-12-31") LocalDate to,
        @Schema(description = "Sessions held (unit: sessions).") Figure sessions,
        @Schema(description = "Distinct people trained: by member id when known, else by name (unit: persons).") Figure people,
        @Schema(description = "Attendances summed over sessions (unit: person-times).") Figure personTimes,
        @Schema(description = "Hours of training held (unit: hours).") Figure hours) {
}
