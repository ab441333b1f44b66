package org.ruralrevival.organization.rectification;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rectification ledger of a region for one year (动态清零): every count is a number of ledger
 * entries of organizations whose own region lies in the region.
 */
@Schema(name = "RectificationFigures")
public record RectificationFigures(
        @Schema(description = "The last day counted: 31 December of the year, or asOf when earlier.",
                example = "2021-12-31") LocalDate until,
        @Schema(description = "Entries opened from 1 January to until (unit: entries).", example = "6") long opened,
        @Schema(description = "Entries closed (销号) from 1 January to until (unit: entries).", example = "5")
        long closed,
        @Schema(description = "Entries open on until, whatever year they were opened (unit: entries).", example = "1")
        long stillOpen,
        @Schema(description = "The day overdue is counted on.", example = "2022-01-10") LocalDate asOf,
        @Schema(description = "Entries open on asOf with their deadline before it (unit: entries).", example = "1")
        long overdue) {
}
