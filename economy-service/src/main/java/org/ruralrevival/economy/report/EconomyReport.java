package org.ruralrevival.economy.report;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.economy.cooperative.BranchRole;
import org.ruralrevival.economy.income.IncomeSource;
import org.ruralrevival.economy.project.FundingSource;
import org.ruralrevival.economy.project.ProjectModel;
import org.ruralrevival.economy.project.ProjectType;
import org.ruralrevival.economy.property.ListingType;

/**
 * The collective economy of a region in a year, every figure with its unit. Village incomes
 * include their parts of joint projects.
 */
@Schema(name = "EconomyReport")
public record EconomyReport(
        @Schema(example = "150621000000") String region,
        @Schema(example = "达拉特旗") String regionName,
        @Schema(example = "2021") int year,
        @Schema(example = "2020") int previousYear,
        Incomes incomes,
        Threshold threshold,
        @Schema(description = "Income of the year by source; UNSPECIFIED is the total income of accounts without a breakdown. "
                + "Joint-project parts count as INVESTMENT.") List<SourceAmount> bySource,
        Plans plans,
        Projects projects,
        Cooperatives cooperatives,
        Property property,
        Credit credit) {

    @Schema(name = "EconomyReportIncomes")
    public record Incomes(
            @Schema(description = "Villages with any income recorded in the year (accounts or joint-project parts).")
            Trend villagesReporting,
            @Schema(description = "经营性收入, yuan.") Trend operatingIncome,
            @Schema(description = "总收入, yuan.") Trend totalIncome,
            @Schema(description = "纯收入, yuan.") Trend netIncome) {
    }

    @Schema(name = "EconomyReportThreshold")
    public record Threshold(
            @Schema(description = "The line, yuan.") Figure line,
            @Schema(example = "OPERATING") IncomeMeasure measure,
            @Schema(description = "Villages at or above the line, of those reporting.") Trend atOrAbove,
            @Schema(description = "atOrAbove as a share of the villages reporting, percent, one decimal.") Share share,
            @Schema(description = "Villages below the line (集体经济薄弱村).") Figure below,
            List<Village> villagesBelow) {
    }

    @Schema(name = "EconomyReportShare")
    public record Share(
            @Schema(example = "92.7") BigDecimal value,
            @Schema(example = "88.1") BigDecimal previous,
            @Schema(description = "Change against the previous year, percentage points.", example = "4.6") BigDecimal changePoints,
            @Schema(example = "percent") String unit) {
    }

    @Schema(name = "EconomyReportVillage")
    public record Village(
            @Schema(example = "411023101215") String villageCode,
            @Schema(example = "某村") String villageName,
            @Schema(example = "32000.00") BigDecimal operatingIncome,
            @Schema(example = "45000.00") BigDecimal totalIncome,
            @Schema(example = "21000.00") BigDecimal netIncome,
            @Schema(example = "yuan") String unit) {
    }

    @Schema(name = "EconomyReportSource")
    public record SourceAmount(@Schema(example = "ASSET_LEASE") String source, Figure amount) {
        static SourceAmount of(IncomeSource source, BigDecimal amount) {
            return new SourceAmount(source.name(), Figure.yuan(amount));
        }
    }

    @Schema(name = "EconomyReportPlans")
    public record Plans(
            @Schema(description = "Doubling plans of villages in the region.") Figure total,
            @Schema(description = "Plans begun by the year (baseline year before it).") Figure begun,
            Figure onTrack,
            Figure behind) {
    }

    @Schema(name = "EconomyReportProjects")
    public record Projects(
            @Schema(description = "Projects with a village in the region, started by the end of the year or undated.")
            Figure count,
            @Schema(description = "Of which held by several villages.") Figure joint,
            List<TypeCount> byType,
            List<ModelCount> byModel,
            @Schema(description = "Investment by funding source, yuan (whole projects, also when shared with villages elsewhere).")
            List<FundingAmount> fundsBySource,
            Figure totalInvestment,
            @Schema(description = "Expected income of the year to the collectives, yuan.") Figure expectedIncome,
            @Schema(description = "Actual income of the year to the collectives, yuan.") Figure actualIncome) {
    }

    @Schema(name = "EconomyReportProjectType")
    public record TypeCount(@Schema(example = "GREENHOUSE") ProjectType type, Figure count) {
    }

    @Schema(name = "EconomyReportProjectModel")
    public record ModelCount(@Schema(example = "JOINT_VILLAGES") ProjectModel model, Figure count) {
    }

    @Schema(name = "EconomyReportFunding")
    public record FundingAmount(@Schema(example = "CENTRAL_FISCAL") FundingSource source, Figure amount) {
    }

    @Schema(name = "EconomyReportCooperatives")
    public record Cooperatives(
            @Schema(description = "党支部牵头成立/创办, founded by the end of the year or undated.") Figure founded,
            @Schema(description = "党支部领办.") Figure led,
            @Schema(description = "Members of both.") Figure members,
            List<RoleCount> byRole) {
    }

    @Schema(name = "EconomyReportCooperativeRole")
    public record RoleCount(@Schema(example = "FOUNDED") BranchRole branchRole, Figure count) {
    }

    @Schema(name = "EconomyReportProperty")
    public record Property(
            @Schema(description = "Listings made by the end of the year, by type.") List<ListingCount> listings,
            @Schema(description = "Deals closed in the year.") Deals dealsInYear,
            @Schema(description = "Deals closed up to the end of the year.") Deals dealsToDate) {
    }

    @Schema(name = "EconomyReportListings")
    public record ListingCount(@Schema(example = "LAND") ListingType type, Figure count, Figure areaMu) {
    }

    @Schema(name = "EconomyReportDeals")
    public record Deals(Figure count, Figure value) {
    }

    @Schema(name = "EconomyReportCredit")
    public record Credit(
            @Schema(description = "Granted in the year.") Granted inYear,
            @Schema(description = "Granted up to the end of the year.") Granted toDate) {
    }

    @Schema(name = "EconomyReportCreditGranted")
    public record Granted(Figure lines, Figure villages, Figure amount) {
    }
}
