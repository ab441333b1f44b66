package org.ruralrevival.talent.common;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reported figure and its unit, so a report writer never guesses whether 165 means projects or millions. */
@Schema(name = "TalentFigure")
public record Figure(
        @Schema(example = "240") BigDecimal value,
        @Schema(description = "persons, person-times, villages, sessions, hours, yuan, percent, …", example = "persons")
        String unit) {

    public static Figure of(long value, String unit) {
        return new Figure(BigDecimal.valueOf(value), unit);
    }

    public static Figure of(BigDecimal value, String unit) {
        return new Figure(value == null ? BigDecimal.ZERO : value, unit);
    }
}
