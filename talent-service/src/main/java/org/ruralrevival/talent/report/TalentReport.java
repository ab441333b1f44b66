package org.ruralrevival.talent.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Figure;
import org.ruralrevival.talent.recruit.RecruitSource;
import org.ruralrevival.talent.wealthleader.TargetDto;

/** Every talent figure of a region for a period, each with its unit (DOMAIN.md §6). */
@Schema(name = "TalentReport", description = "Villages counted for reserve cadres and 空白村 are those a reserve cadre or "
        + "recruit names (the per-village endpoints also take the region's full village list).")
public record TalentReport(
        @Schema(description = "Null: the whole country (or the caller's region).", example = "150621000000") String region,
        @Schema(example = "2021-01-01") LocalDate from,
        @Schema(example = "2021-12-31") LocalDate to,
        ReserveCadres reserveCadres,
        Recruitment recruitment,
        WealthLeaders wealthLeaders,
        Training training,
        Dispatches dispatches,
        Bounties bounties,
        Experts experts) {

    /** 后备干部, as of the end of the period. */
    @Schema(name = "TalentReportReserveCadres")
    public record ReserveCadres(
            @Schema(example = "2021-12-31") LocalDate asOf,
            @Schema(description = "Reserve cadres (persons).") Figure count,
            @Schema(description = "Villages counted (villages).") Figure villages,
            @Schema(description = "Reserve cadres per village (persons per village).") Figure perVillage,
            @Schema(description = "Villages below the 2-per-village standard (villages).") Figure villagesShort,
            @Schema(description = "Villages above 5 (villages).") Figure villagesAbove) {
    }

    /** 发展党员: admissions in the period, by source, and 空白村 at its end. */
    @Schema(name = "TalentReportRecruitment")
    public record Recruitment(
            @Schema(description = "Members recruited: admitted as probationary in the period (persons).") Figure admitted,
            @Schema(description = "Of them by source (persons).") Map<RecruitSource, Figure> bySource,
            @Schema(description = "Villages with no admission for 3 years or more at the end of the period (villages).")
            Figure blankVillages) {
    }

    /** 双培双带: who reached the goal in the period, and the region's targets measured at its end. */
    @Schema(name = "TalentReportWealthLeaders")
    public record WealthLeaders(
            @Schema(description = "Members who became wealth leaders in the period (persons).") Figure memberToLeader,
            @Schema(description = "Wealth leaders admitted as members in the period (persons).") Figure leaderToMember,
            @Schema(description = "Village cadres who became wealth leaders in the period (persons).") Figure cadreToLeader,
            @Schema(description = "The region's own targets for this year or later, with progress at the end of the period.")
            List<TargetDto> targets) {
    }

    @Schema(name = "TalentReportTraining")
    public record Training(
            @Schema(description = "Sessions (sessions).") Figure sessions,
            @Schema(description = "Distinct people trained (persons).") Figure people,
            @Schema(description = "Person-times.") Figure personTimes,
            @Schema(description = "Hours.") Figure hours) {
    }

    @Schema(name = "TalentReportDispatches")
    public record Dispatches(
            @Schema(description = "Dispatched cadres in villages during the period (persons).") Figure dispatched,
            @Schema(description = "First secretaries (persons).") Figure firstSecretaries,
            @Schema(description = "Work-team members (persons).") Figure workTeamMembers,
            @Schema(description = "Projects brought in (projects).") Figure projects,
            @Schema(description = "Funds brought in (yuan).") Figure funds,
            @Schema(description = "Public opinions collected (opinions).") Figure opinions,
            @Schema(description = "Problems solved (problems).") Figure problemsSolved) {
    }

    @Schema(name = "TalentReportBounties")
    public record Bounties(
            @Schema(description = "Posted in the period (bounties).") Figure posted,
            @Schema(description = "Open at its end (bounties).") Figure open,
            @Schema(description = "Claimed, not completed, at its end (bounties).") Figure claimed,
            @Schema(description = "Completed in the period (bounties).") Figure completed,
            @Schema(description = "Funds spent on those completed (yuan).") Figure fundsSpent,
            @Schema(description = "Points awarded (points).") Figure points) {
    }

    @Schema(name = "TalentReportExperts")
    public record Experts(
            @Schema(description = "Experts (persons).") Figure experts,
            @Schema(description = "Local talent (persons).") Figure localTalent,
            @Schema(description = "Technology demonstration households (households).") Figure techDemoHouseholds,
            @Schema(description = "Service sessions in the period (sessions).") Figure serviceSessions,
            @Schema(description = "People trained in the period (person-times).") Figure peopleTrained) {
    }
}
