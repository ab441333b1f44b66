package org.ruralrevival.economy.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One figure of a report with its unit (yuan, villages, percent, mu, projects…). */
@Schema(name = "EconomyFigure")
public record Figure(
        @Schema(example = "28150000.00") Number value,
        @Schema(example = "yuan") String unit) {

    public static Figure yuan(Number value) {
        return new Figure(value, "yuan");
    }

    public static Figure count(Number value, String unit) {
        return new Figure(value, unit);
    }
}
