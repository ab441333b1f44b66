package org.ruralrevival.organization.committee;

import org.ruralrevival.platform.report.Figure;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The two-committee figures the county reports quote for a 换届 (e.g. 达拉特旗 2021: 889 members,
 * average age 44.5, 4 lower than the previous term), each against the previous term in the region.
 */
@Schema(name = "CommitteeStatistics")
public record CommitteeStatistics(
        @Schema(description = "The region the figures cover; null for the whole country.", example = "150621000000")
        String region,
        @Schema(example = "2021") int year,
        @Schema(description = "The latest earlier term year with terms in the region; null when there is none.",
                example = "2018") Integer previousYear,
        @Schema(description = "Villages with a term in that year.") Figure villages,
        Figure members,
        @Schema(description = "Average age at the election date, completed years, one decimal.") Figure averageAge,
        @Schema(description = "Average age of party secretaries (党组织书记).") Figure secretariesAverageAge,
        @Schema(description = "Members with junior college or higher (大专以上).") Figure collegeOrAbove,
        Figure collegeOrAboveShare,
        Figure women,
        Figure womenShare,
        @Schema(description = "Villages whose secretary is also the director (一肩挑).") Figure oneShoulderVillages,
        Figure oneShoulderShare) {

    public static CommitteeStatistics of(String region, TermFigures current, TermFigures previous) {
        return new CommitteeStatistics(region, current.year(), previous == null ? null : previous.year(),
                count(current, previous, TermFigures::villages, Figure.VILLAGE),
                count(current, previous, TermFigures::members, Figure.PERSON),
                years(current, previous, TermFigures::averageAge),
                years(current, previous, TermFigures::secretariesAverageAge),
                count(current, previous, TermFigures::collegeOrAbove, Figure.PERSON),
                Figure.share(current.collegeOrAboveShare(), previous == null ? null : previous.collegeOrAboveShare()),
                count(current, previous, TermFigures::women, Figure.PERSON),
                Figure.share(current.womenShare(), previous == null ? null : previous.womenShare()),
                count(current, previous, TermFigures::oneShoulderVillages, Figure.VILLAGE),
                Figure.share(current.oneShoulderShare(), previous == null ? null : previous.oneShoulderShare()));
    }

    private static Figure count(TermFigures current, TermFigures previous, Function<TermFigures, Long> f, String unit) {
        return Figure.count(f.apply(current), previous == null ? null : f.apply(previous), unit);
    }

    private static Figure years(TermFigures current, TermFigures previous,
            Function<TermFigures, java.math.BigDecimal> f) {
        return Figure.of(f.apply(current), Figure.YEAR, previous == null ? null : f.apply(previous), Figure.YEAR);
    }
}
