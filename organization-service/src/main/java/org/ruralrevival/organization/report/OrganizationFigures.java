package org.ruralrevival.organization.report;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.partyorg.OrganizationTypeCount;
import org.ruralrevival.organization.rating.HonourCount;
import org.ruralrevival.organization.rating.RatingFigures;
import org.ruralrevival.organization.rectification.RectificationFigures;

/**
 * The party-organization figures of a region for one year: organizations by type, the rating
 * class distribution, 最强党支部 and 四化 shares, honours by kind and the rectification ledger.
 * Every figure counts what belongs to organizations whose own region lies in {@code region}.
 */
@Schema(name = "OrganizationFigures")
public record OrganizationFigures(
        @Schema(description = "The region prefix the figures cover.", example = "150621") String region,
        @Schema(example = "2021") int year,
        @Schema(description = "The day organizations are counted on: 31 December of the year, or asOf when earlier.",
                example = "2021-12-31") LocalDate countedOn,
        @Schema(description = "Organizations existing on countedOn, per type (unit: organizations).")
        List<OrganizationTypeCount> organizationsByType,
        @Schema(description = "Sum of organizationsByType (unit: organizations).", example = "180") long organizations,
        RatingFigures ratings,
        @Schema(description = "Honours of the year per kind (unit: honours).") List<HonourCount> honoursByKind,
        RectificationFigures rectifications) {
}
