package org.ruralrevival.talent.dispatch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dispatch")
public record DispatchDto(
        @Schema(example = "9") long id,
        @Schema(example = "FIRST_SECRETARY") DispatchKind kind,
        @Schema(example = "刘志强") String personName,
        @Schema(example = "20417") Long memberId,
        @Schema(example = "达拉特旗财政局") String unit,
        @Schema(example = "150621101201") String villageCode,
        @Schema(example = "2021-06-01") LocalDate from,
        @Schema(example = "2023-05-31") LocalDate to,
        List<OutcomeDto> outcomes,
        @Schema(description = "Also the ETag; outcomes change it too.", example = "0") long version) {

    @Schema(name = "DispatchOutcome")
    public record OutcomeDto(
            @Schema(example = "2021") int year,
            @Schema(description = "Projects brought in.", example = "2") int projects,
            @Schema(description = "Funds brought in, yuan.", example = "1250000.00") BigDecimal funds,
            @Schema(description = "Public opinions collected.", example = "36") int opinions,
            @Schema(description = "Problems solved.", example = "14") int problemsSolved) {
    }

    static DispatchDto of(Dispatch d) {
        return new DispatchDto(d.id, d.kind, d.personName, d.memberId, d.unit, d.villageCode, d.fromDate, d.toDate,
                d.outcomes.stream().map(o -> new OutcomeDto(o.year, o.projects, o.funds, o.opinions, o.problemsSolved))
                        .toList(), d.version);
    }
}
