package org.ruralrevival.talent.recruit;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 空白村: villages with no member recruited for three years or more. */
@Schema(name = "BlankVillagesReport", description = "Villages counted are those a recruit or reserve cadre names, "
        + "plus the ones passed as ?village= (pass the region's village list to see villages with no record at all).")
public record BlankVillagesReport(
        @Schema(example = "620123000000") String region,
        @Schema(example = "2021-12-31") LocalDate asOf,
        @Schema(example = "3") int years,
        @Schema(description = "A village is blank when its last admission is on or before this date, or it has none.",
                example = "2018-12-31") LocalDate noAdmissionSince,
        @Schema(description = "Number of blank villages (unit: villages).", example = "4") long total,
        List<Village> items) {

    @Schema(name = "BlankVillage")
    public record Village(
            @Schema(example = "620123104203") String villageCode,
            @Schema(description = "Null when no admission is recorded at all.", example = "2017-06-30") LocalDate lastAdmission) {
    }
}
