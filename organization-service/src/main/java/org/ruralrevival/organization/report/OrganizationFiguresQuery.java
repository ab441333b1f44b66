package org.ruralrevival.organization.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.ruralrevival.organization.partyorg.OrganizationTypeCount;
import org.ruralrevival.organization.partyorg.PartyOrganizationRepository;
import org.ruralrevival.organization.rating.HonourRepository;
import org.ruralrevival.organization.rating.RatingRepository;
import org.ruralrevival.organization.rectification.RectificationRepository;

/**
 * Gathers {@link OrganizationFigures} from the features' SQL aggregations. The caller (the
 * report endpoint) narrows {@code prefix} to the caller's region scope first.
 */
@ApplicationScoped
public class OrganizationFiguresQuery {

    private final PartyOrganizationRepository organizations;
    private final RatingRepository ratings;
    private final HonourRepository honours;
    private final RectificationRepository rectifications;

    OrganizationFiguresQuery(PartyOrganizationRepository organizations, RatingRepository ratings,
            HonourRepository honours, RectificationRepository rectifications) {
        this.organizations = organizations;
        this.ratings = ratings;
        this.honours = honours;
        this.rectifications = rectifications;
    }

    /** One transaction, so all figures are read from the same snapshot. */
    @Transactional
    public OrganizationFigures figures(String prefix, int year, LocalDate asOf) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate countedOn = asOf.isBefore(yearEnd) ? asOf : yearEnd;
        List<OrganizationTypeCount> byType = organizations.countByType(prefix, countedOn);
        return new OrganizationFigures(prefix, year, countedOn, byType,
                byType.stream().mapToLong(OrganizationTypeCount::count).sum(), ratings.figures(prefix, year),
                honours.countByKind(prefix, year), rectifications.figures(prefix, year, asOf));
    }
}
