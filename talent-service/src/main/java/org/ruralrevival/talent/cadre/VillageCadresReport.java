package org.ruralrevival.talent.cadre;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reserve cadres per village against the 2–5 standard. */
@Schema(name = "VillageCadresReport", description = "Villages counted: those named by a reserve cadre or a recruit, "
        + "plus every ?village= passed (pass the region's village list to include villages with no record here).")
public record VillageCadresReport(
        @Schema(example = "411003000000") String region,
        @Schema(example = "2021-12-31") LocalDate asOf,
        @Schema(description = "Standard minimum per village.", example = "2") int minimum,
        @Schema(description = "Standard maximum per village.", example = "5") int maximum,
        @Schema(description = "Villages counted (unit: villages).", example = "381") long villages,
        @Schema(description = "Reserve cadres in them (unit: persons).", example = "1079") long reserveCadres,
        @Schema(description = "Reserve cadres per village (unit: persons per village).", example = "2.83") BigDecimal perVillage,
        @Schema(description = "Villages with fewer than the minimum (unit: villages).", example = "12") long villagesBelow,
        @Schema(description = "Villages with more than the maximum (unit: villages).", example = "3") long villagesAbove,
        List<VillageCadres> items) {

    /** Where a village stands against the standard. */
    public enum Standard { BELOW, WITHIN, ABOVE }

    @Schema(name = "VillageCadres")
    public record VillageCadres(
            @Schema(example = "620123104201") String villageCode,
            @Schema(example = "1") long count,
            @Schema(example = "BELOW") Standard standard,
            @Schema(description = "How many more it needs to reach the minimum.", example = "1") long missing,
            @Schema(description = "书记梯队.", example = "1") long secretarySuccessors,
            @Schema(description = "大专以上学历后备.", example = "0") long collegeEducated,
            @Schema(description = "年轻党员.", example = "0") long youngMembers,
            @Schema(description = "致富能人.", example = "0") long wealthLeaders) {
    }
}
