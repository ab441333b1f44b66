package org.ruralrevival.organization.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ruralrevival.organization.activity.ActivityRepository;
import org.ruralrevival.organization.committee.CommitteeTermRepository;
import org.ruralrevival.organization.household.MemberHouseholdRepository;
import org.ruralrevival.organization.member.MemberRepository;
import org.ruralrevival.organization.member.MemberTally;
import org.ruralrevival.organization.region.Region;
import org.ruralrevival.organization.region.RegionRepository;
import org.ruralrevival.organization.servicecenter.ServiceCenterRepository;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;

/**
 * Assembles the report from each feature's SQL aggregations; nothing is counted in Java. The member
 * figures of a province, city or county come from {@link MemberTally}.
 */
@ApplicationScoped
public class OrganizationReportService {

    /** 达拉特旗's standard: at least 150,000 yuan of operating funds per village a year. */
    public static final BigDecimal DEFAULT_MINIMUM_FUNDS = new BigDecimal("150000");
    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    private final RegionRepository regions;
    private final OrganizationFiguresQuery organizations;
    private final CommitteeTermRepository terms;
    private final MemberRepository members;
    private final MemberHouseholdRepository households;
    private final ActivityRepository activities;
    private final ServiceCenterRepository centers;
    private final CallerScope scope;
    private final MemberTally tally;

    OrganizationReportService(RegionRepository regions, OrganizationFiguresQuery organizations,
            CommitteeTermRepository terms, MemberRepository members, MemberHouseholdRepository households,
            ActivityRepository activities, ServiceCenterRepository centers, CallerScope scope, MemberTally tally) {
        this.tally = tally;
        this.regions = regions;
        this.organizations = organizations;
        this.terms = terms;
        this.members = members;
        this.households = households;
        this.activities = activities;
        this.centers = centers;
        this.scope = scope;
    }

    @Transactional
    public OrganizationReport report(String region, Integer year, LocalDate asOf, BigDecimal minimumFunds) {
        if (year == null) {
            throw Problems.invalidField("year", "field.required");
        }
        if (year < 1949 || year > 2200) {
            throw Problems.invalidField("year", "report.year.range", year);
        }
        if (minimumFunds != null && minimumFunds.signum() < 0) {
            throw Problems.invalidField("minimumFunds", "report.minimum.negative");
        }
        String prefix = scope.restrict(region);
        if (prefix.isEmpty()) {
            throw Problems.invalidField("region", "field.required");
        }
        DivisionCode code = DivisionCode.fromPrefix(prefix);
        Region named = regions.findByCode(code.value())
                .orElseThrow(() -> Problems.notFound("entity.region", code.value()));
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        // Counted on 31 December, or earlier: on asOf, and never after today (a report of the running year).
        LocalDate countedOn = asOf != null && asOf.isBefore(yearEnd) ? asOf : yearEnd;
        LocalDate today = LocalDate.now(CHINA);
        if (countedOn.isAfter(today)) {
            countedOn = today;
        }
        // The two committees are elected every few years: report the term in force in that year.
        Integer termYear = terms.previousTermYear(prefix, year + 1);
        return new OrganizationReport(named.code, named.name, year, countedOn,
                VillagesSection.of(regions.figures(prefix)),
                OrganizationsSection.of(organizations.figures(prefix, year, countedOn)),
                termYear,
                terms.statistics(prefix, termYear == null ? year : termYear),
                MembersSection.of(prefix, countedOn, memberFigures(prefix, countedOn), households, activities),
                centers.figures(prefix, year, minimumFunds == null ? DEFAULT_MINIMUM_FUNDS : minimumFunds));
    }

    /** Provinces, cities and counties from the tally kept on write; a town or village is small enough to count. */
    private MemberTally.Figures memberFigures(String prefix, LocalDate countedOn) {
        return MemberTally.keeps(prefix) ? tally.figures(prefix, countedOn)
                : MemberTally.Figures.live(members, prefix, countedOn);
    }
}
