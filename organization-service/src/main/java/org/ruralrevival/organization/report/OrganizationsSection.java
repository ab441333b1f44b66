package org.ruralrevival.organization.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.partyorg.OrganizationType;
import org.ruralrevival.organization.partyorg.OrganizationTypeCount;
import org.ruralrevival.organization.rating.HonourCount;
import org.ruralrevival.organization.rating.HonourKind;
import org.ruralrevival.organization.rating.RatingFigures;
import org.ruralrevival.organization.rectification.RectificationFigures;
import org.ruralrevival.platform.report.Figure;

/**
 * Party organizations, their yearly ratings, honours and the rectification ledger, as report
 * figures with their units (the feature queries return plain counts; this is the API's shape).
 */
@Schema(name = "OrganizationReportOrganizations")
public record OrganizationsSection(
        @Schema(description = "Organizations existing on countedOn, by type (every type listed).")
        Map<OrganizationType, Figure> byType,
        Figure total,
        @Schema(description = "Organizations rated in the year.") Figure rated,
        @Schema(description = "一类") Figure firstClass,
        @Schema(description = "二类") Figure secondClass,
        @Schema(description = "三类") Figure thirdClass,
        @Schema(description = "Rated branch-level organizations: the base of the two shares below.") Figure ratedBranches,
        @Schema(description = "最强党支部") Figure strongestBranches,
        Figure strongestBranchShare,
        @Schema(description = "Branches meeting 四化") Figure standardizedBranches,
        Figure standardizedShare,
        @Schema(description = "Honours of the year by kind (every kind listed).") Map<HonourKind, Figure> honoursByKind,
        @Schema(description = "Rectification entries opened in the year up to countedOn.") Figure rectificationsOpened,
        @Schema(description = "Entries closed (销号) in the year up to countedOn.") Figure rectificationsClosed,
        @Schema(description = "Entries open on countedOn, whatever year they were opened (动态清零 shows 0).")
        Figure rectificationsOpen,
        @Schema(description = "Entries open on overdueOn with their deadline before it.") Figure rectificationsOverdue,
        @Schema(example = "2021-12-31") LocalDate overdueOn) {

    static final String ENTRY = "entry";

    static OrganizationsSection of(OrganizationFigures f) {
        Map<OrganizationType, Figure> byType = new EnumMap<>(OrganizationType.class);
        for (OrganizationType t : OrganizationType.values()) {
            byType.put(t, Figure.count(0, Figure.ORGANIZATION));
        }
        for (OrganizationTypeCount c : f.organizationsByType()) {
            byType.put(c.type(), Figure.count(c.count(), Figure.ORGANIZATION));
        }
        Map<HonourKind, Figure> honours = new EnumMap<>(HonourKind.class);
        for (HonourKind k : HonourKind.values()) {
            honours.put(k, Figure.count(0, "honour"));
        }
        for (HonourCount c : f.honoursByKind()) {
            honours.put(c.kind(), Figure.count(c.count(), "honour"));
        }
        RatingFigures r = f.ratings();
        RectificationFigures rect = f.rectifications();
        return new OrganizationsSection(byType, Figure.count(f.organizations(), Figure.ORGANIZATION),
                Figure.count(r.rated(), Figure.ORGANIZATION), Figure.count(r.firstClass(), Figure.ORGANIZATION),
                Figure.count(r.secondClass(), Figure.ORGANIZATION), Figure.count(r.thirdClass(), Figure.ORGANIZATION),
                Figure.count(r.ratedBranches(), Figure.ORGANIZATION),
                Figure.count(r.strongestBranches(), Figure.ORGANIZATION),
                Figure.share(r.strongestBranches(), r.ratedBranches()),
                Figure.count(r.standardizedBranches(), Figure.ORGANIZATION),
                Figure.share(r.standardizedBranches(), r.ratedBranches()),
                honours,
                Figure.count(rect.opened(), ENTRY), Figure.count(rect.closed(), ENTRY),
                Figure.count(rect.stillOpen(), ENTRY), Figure.count(rect.overdue(), ENTRY), rect.asOf());
    }
}
