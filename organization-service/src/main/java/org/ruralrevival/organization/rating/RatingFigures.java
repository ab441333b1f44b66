package org.ruralrevival.organization.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Rating figures of a region for one year, over the organizations whose own region lies in it.
 * Counts are numbers of organizations; shares are percentages with two decimals (83.75 means
 * 83.75 %), null when there is nothing to divide by.
 */
@Schema(name = "RatingFigures")
public record RatingFigures(
        @Schema(description = "Organizations rated in the year (unit: organizations).", example = "132") long rated,
        @Schema(description = "Rated 一类 (unit: organizations).", example = "124") long firstClass,
        @Schema(description = "Rated 二类 (unit: organizations).", example = "8") long secondClass,
        @Schema(description = "Rated 三类 (unit: organizations).", example = "0") long thirdClass,
        @Schema(description = "Rated branch-level organizations, the base of both shares (unit: organizations).",
                example = "120") long ratedBranches,
        @Schema(description = "最强党支部 among them (unit: organizations).", example = "37") long strongestBranches,
        @Schema(description = "strongestBranches / ratedBranches (unit: percent, 2 decimals).", example = "30.83")
        BigDecimal strongestBranchShare,
        @Schema(description = "Branch-level organizations meeting 四化 (unit: organizations).", example = "100")
        long standardizedBranches,
        @Schema(description = "standardizedBranches / ratedBranches (unit: percent, 2 decimals).", example = "83.33")
        BigDecimal standardizedShare) {

    static RatingFigures of(long rated, long first, long second, long third, long branches, long strongest,
            long standardized) {
        return new RatingFigures(rated, first, second, third, branches, strongest, percent(strongest, branches),
                standardized, percent(standardized, branches));
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2,
                        RoundingMode.HALF_UP);
    }
}
