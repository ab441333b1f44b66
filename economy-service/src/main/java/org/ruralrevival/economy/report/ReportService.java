package org.ruralrevival.economy.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralrevival.economy.cooperative.BranchRole;
import org.ruralrevival.economy.income.IncomeSource;
import org.ruralrevival.economy.project.FundingSource;
import org.ruralrevival.economy.project.ProjectModel;
import org.ruralrevival.economy.project.ProjectType;
import org.ruralrevival.economy.property.ListingType;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.regionref.KnownRegions;
import org.ruralrevival.platform.security.CallerScope;

/** Puts the report together from SQL aggregates; only percentages and growth are computed here. */
@ApplicationScoped
public class ReportService {

    private final ReportRepository report;
    private final KnownRegions regions;
    private final CallerScope scope;

    ReportService(ReportRepository report, KnownRegions regions, CallerScope scope) {
        this.report = report;
        this.regions = regions;
        this.scope = scope;
    }

    public EconomyReport economy(String region, int year, BigDecimal threshold, IncomeMeasure measure) {
        String prefix = scope.restrict(region);
        String code = prefix.isEmpty() ? null : DivisionCode.fromPrefix(prefix).value();
        int previous = year - 1;

        var now = report.totals(prefix, year, measure, threshold);
        var before = report.totals(prefix, previous, measure, threshold);
        var incomes = new EconomyReport.Incomes(
                Trend.of(BigDecimal.valueOf(now.villages()), BigDecimal.valueOf(before.villages()), "villages"),
                Trend.of(now.operating(), before.operating(), "yuan"),
                Trend.of(now.total(), before.total(), "yuan"),
                Trend.of(now.net(), before.net(), "yuan"));
        var below = report.below(prefix, year, measure, threshold);
        BigDecimal share = percent(now.atOrAbove(), now.villages());
        BigDecimal previousShare = percent(before.atOrAbove(), before.villages());
        var line = new EconomyReport.Threshold(Figure.yuan(threshold), measure,
                Trend.of(BigDecimal.valueOf(now.atOrAbove()), BigDecimal.valueOf(before.atOrAbove()), "villages"),
                new EconomyReport.Share(share, previousShare,
                        share == null || previousShare == null ? null : share.subtract(previousShare), "percent"),
                Figure.count(below.size(), "villages"), below);

        var s = report.sources(prefix, year);
        List<EconomyReport.SourceAmount> bySource = List.of(
                EconomyReport.SourceAmount.of(IncomeSource.RESOURCE, s.resource()),
                EconomyReport.SourceAmount.of(IncomeSource.ASSET_LEASE, s.assetLease()),
                EconomyReport.SourceAmount.of(IncomeSource.SERVICE, s.service()),
                EconomyReport.SourceAmount.of(IncomeSource.INVESTMENT, s.investment()),
                EconomyReport.SourceAmount.of(IncomeSource.SUBSIDY, s.subsidy()),
                EconomyReport.SourceAmount.of(IncomeSource.OTHER, s.other()),
                new EconomyReport.SourceAmount("UNSPECIFIED", Figure.yuan(s.unspecified())));

        var plans = report.plans(prefix, year);
        var planFigures = new EconomyReport.Plans(Figure.count(plans.total(), "plans"), Figure.count(plans.begun(), "plans"),
                Figure.count(plans.begun() - plans.behind(), "plans"), Figure.count(plans.behind(), "plans"));

        Object[] pt = report.projectTotals(prefix, year);
        List<EconomyReport.TypeCount> byType = new ArrayList<>();
        for (Object[] r : report.projectsBy("type", prefix, year)) {
            byType.add(new EconomyReport.TypeCount(ProjectType.valueOf((String) r[0]), Figure.count(ReportRepository.n(r[1]), "projects")));
        }
        List<EconomyReport.ModelCount> byModel = new ArrayList<>();
        for (Object[] r : report.projectsBy("model", prefix, year)) {
            byModel.add(new EconomyReport.ModelCount(ProjectModel.valueOf((String) r[0]), Figure.count(ReportRepository.n(r[1]), "projects")));
        }
        List<EconomyReport.FundingAmount> funds = new ArrayList<>();
        for (Object[] r : report.fundsBySource(prefix, year)) {
            funds.add(new EconomyReport.FundingAmount(FundingSource.valueOf((String) r[0]), Figure.yuan(ReportRepository.yuan(r[1]))));
        }
        var projects = new EconomyReport.Projects(Figure.count((Long) pt[0], "projects"), Figure.count((Long) pt[1], "projects"),
                byType, byModel, funds, Figure.yuan((BigDecimal) pt[2]), Figure.yuan((BigDecimal) pt[3]),
                Figure.yuan((BigDecimal) pt[4]));

        long founded = 0;
        long led = 0;
        long members = 0;
        List<EconomyReport.RoleCount> byRole = new ArrayList<>();
        for (Object[] r : report.cooperatives(prefix, year)) {
            BranchRole role = BranchRole.valueOf((String) r[0]);
            long count = ReportRepository.n(r[1]);
            founded += role == BranchRole.FOUNDED ? count : 0;
            led += role == BranchRole.LED ? count : 0;
            members += ReportRepository.n(r[2]);
            byRole.add(new EconomyReport.RoleCount(role, Figure.count(count, "cooperatives")));
        }
        var cooperatives = new EconomyReport.Cooperatives(Figure.count(founded, "cooperatives"),
                Figure.count(led, "cooperatives"), Figure.count(members, "people"), byRole);

        List<EconomyReport.ListingCount> listings = new ArrayList<>();
        for (Object[] r : report.listings(prefix, year)) {
            listings.add(new EconomyReport.ListingCount(ListingType.valueOf((String) r[0]),
                    Figure.count(ReportRepository.n(r[1]), "listings"), new Figure(ReportRepository.yuan(r[2]), "mu")));
        }
        var property = new EconomyReport.Property(listings,
                deals(report.deals(prefix, LocalDate.of(year, 1, 1), year)), deals(report.deals(prefix, null, year)));

        var credit = new EconomyReport.Credit(granted(report.credit(prefix, LocalDate.of(year, 1, 1), year)),
                granted(report.credit(prefix, null, year)));

        return new EconomyReport(code, code == null ? null : regions.local(code).map(r -> r.name).orElse(null), year,
                previous, incomes, line, bySource, planFigures, projects, cooperatives, property, credit);
    }

    private static EconomyReport.Deals deals(Object[] r) {
        return new EconomyReport.Deals(Figure.count((Long) r[0], "deals"), Figure.yuan((BigDecimal) r[1]));
    }

    private static EconomyReport.Granted granted(Object[] r) {
        return new EconomyReport.Granted(Figure.count((Long) r[0], "credit lines"), Figure.count((Long) r[1], "villages"),
                Figure.yuan((BigDecimal) r[2]));
    }

    /** part / whole × 100, one decimal half-up; null for no villages. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
