package org.ruralrevival.talent.dispatch;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Figure;

/** Dispatches in a region during a period and what they brought. */
@Schema(name = "DispatchSummary")
public record DispatchSummary(
        @Schema(example = "150621000000") String region,
        @Schema(example = "2021-01-01") LocalDate from,
        @Schema(example = "2021-12-31") LocalDate to,
        @Schema(description = "Dispatches in a village at any time of the period (unit: persons).") Figure dispatched,
        @Schema(description = "Of them first secretaries (unit: persons).") Figure firstSecretaries,
        @Schema(description = "Of them work-team members (unit: persons).") Figure workTeamMembers,
        @Schema(description = "Projects brought in, outcomes of the period's years (unit: projects).") Figure projects,
        @Schema(description = "Funds brought in (unit: yuan).") Figure funds,
        @Schema(description = "Public opinions collected (unit: opinions).") Figure opinions,
        @Schema(description = "Problems solved (unit: problems).") Figure problemsSolved) {
}
