package org.ruralrevival.talent.recruit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Members recruited (admitted as probationary, counted by branch meeting date) per period and source. */
@Schema(name = "AdmissionsReport")
public record AdmissionsReport(
        @Schema(description = "The region counted (null: the whole country).", example = "620123000000") String region,
        @Schema(example = "2021-01-01") LocalDate from,
        @Schema(example = "2021-12-31") LocalDate to,
        @Schema(example = "YEAR") Granularity per,
        @Schema(example = "persons") String unit,
        @Schema(example = "115") long total,
        @Schema(example = "{\"RETURNING_GRADUATE\":30,\"YOUNG_FARMER\":50,\"VETERAN\":15,\"NEW_PROFESSIONAL_FARMER\":20,\"OTHER\":0}")
        Map<RecruitSource, Long> bySource,
        List<PeriodRow> periods) {

    @Schema(name = "AdmissionsPeriod")
    public record PeriodRow(
            @Schema(description = "2021, 2021-Q3 or 2021-07.", example = "2021") String period,
            @Schema(example = "115") long total,
            Map<RecruitSource, Long> bySource) {
    }
}
