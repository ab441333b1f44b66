package org.ruralrevival.talent.expert;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Figure;

/** The talent pool of a region and what it did in a period. */
@Schema(name = "ExpertSummary")
public record ExpertSummary(
        @Schema(example = "150621000000") String region,
        @Schema(example = "2021-01-01") LocalDate from,
        @Schema(example = "2021-12-31") LocalDate to,
        @Schema(description = "Experts registered (unit: persons).") Figure experts,
        @Schema(description = "Local talent registered (unit: persons).") Figure localTalent,
        @Schema(description = "Technology demonstration households (unit: households).") Figure techDemoHouseholds,
        @Schema(description = "Service sessions held in the period (unit: sessions).") Figure serviceSessions,
        @Schema(description = "People trained in the period (unit: person-times).") Figure peopleTrained) {
}
