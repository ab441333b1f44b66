package org.ruralrevival.talent.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.talent.bounty.BountyService;
import org.ruralrevival.talent.bounty.BountySummary;
import org.ruralrevival.talent.cadre.ReserveCadreRepository;
import org.ruralrevival.talent.cadre.ReserveCadreService;
import org.ruralrevival.talent.common.DateRange;
import org.ruralrevival.talent.common.Figure;
import org.ruralrevival.talent.dispatch.DispatchService;
import org.ruralrevival.talent.dispatch.DispatchSummary;
import org.ruralrevival.talent.expert.ExpertService;
import org.ruralrevival.talent.expert.ExpertSummary;
import org.ruralrevival.talent.recruit.AdmissionsReport;
import org.ruralrevival.talent.recruit.BlankVillagesReport;
import org.ruralrevival.talent.recruit.Granularity;
import org.ruralrevival.talent.recruit.RecruitService;
import org.ruralrevival.talent.recruit.RecruitSource;
import org.ruralrevival.talent.training.TrainingService;
import org.ruralrevival.talent.training.TrainingSummary;
import org.ruralrevival.talent.wealthleader.WealthLeaderRepository;
import org.ruralrevival.talent.wealthleader.WealthLeaderService;

/** Gathers every feature's SQL aggregates for one region and period. */
@ApplicationScoped
public class TalentReportService {

    private final CallerScope scope;
    private final ReserveCadreService cadres;
    private final RecruitService recruits;
    private final WealthLeaderService wealthLeaders;
    private final WealthLeaderRepository ledgers;
    private final TrainingService trainings;
    private final DispatchService dispatches;
    private final BountyService bounties;
    private final ExpertService experts;

    TalentReportService(CallerScope scope, ReserveCadreService cadres, RecruitService recruits,
            WealthLeaderService wealthLeaders, WealthLeaderRepository ledgers, TrainingService trainings,
            DispatchService dispatches, BountyService bounties, ExpertService experts) {
        this.scope = scope;
        this.cadres = cadres;
        this.recruits = recruits;
        this.wealthLeaders = wealthLeaders;
        this.ledgers = ledgers;
        this.trainings = trainings;
        this.dispatches = dispatches;
        this.bounties = bounties;
        this.experts = experts;
    }

    public TalentReport report(String region, DateRange range) {
        String prefix = scope.restrict(region);
        String regionCode = prefix.isEmpty() ? null : DivisionCode.fromPrefix(prefix).value();
        LocalDate end = range.to();
        return new TalentReport(regionCode, range.from(), end, reserveCadres(prefix, end),
                recruitment(prefix, range), wealthLeaders(prefix, regionCode, range), training(prefix, range),
                dispatches(prefix, range), bounties(prefix, range), experts(prefix, range));
    }

    private TalentReport.ReserveCadres reserveCadres(String prefix, LocalDate asOf) {
        ReserveCadreRepository.Totals t = cadres.totals(prefix, asOf);
        BigDecimal perVillage = t.villages() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(t.cadres()).divide(BigDecimal.valueOf(t.villages()), 2, RoundingMode.HALF_UP);
        return new TalentReport.ReserveCadres(asOf, Figure.of(t.cadres(), "persons"), Figure.of(t.villages(), "villages"),
                Figure.of(perVillage, "persons per village"), Figure.of(t.villagesBelow(), "villages"),
                Figure.of(t.villagesAbove(), "villages"));
    }

    private TalentReport.Recruitment recruitment(String prefix, DateRange range) {
        AdmissionsReport admissions = recruits.admissions(prefix, range.from(), range.to(), Granularity.YEAR);
        Map<RecruitSource, Figure> bySource = new EnumMap<>(RecruitSource.class);
        admissions.bySource().forEach((source, count) -> bySource.put(source, Figure.of(count, "persons")));
        BlankVillagesReport blank = recruits.blankVillages(prefix, range.to(), List.of());
        return new TalentReport.Recruitment(Figure.of(admissions.total(), "persons"), bySource,
                Figure.of(blank.total(), "villages"));
    }

    private TalentReport.WealthLeaders wealthLeaders(String prefix, String regionCode, DateRange range) {
        WealthLeaderRepository.Achieved a = ledgers.achieved(prefix, range.from(), range.to());
        return new TalentReport.WealthLeaders(Figure.of(a.memberToLeader(), "persons"),
                Figure.of(a.leaderToMember(), "persons"), Figure.of(a.cadreToLeader(), "persons"),
                regionCode == null ? List.of() : wealthLeaders.targetsOf(regionCode, range.from().getYear(), range.to()));
    }

    private TalentReport.Training training(String prefix, DateRange range) {
        TrainingSummary t = trainings.summary(prefix, range);
        return new TalentReport.Training(t.sessions(), t.people(), t.personTimes(), t.hours());
    }

    private TalentReport.Dispatches dispatches(String prefix, DateRange range) {
        DispatchSummary d = dispatches.summary(prefix, range);
        return new TalentReport.Dispatches(d.dispatched(), d.firstSecretaries(), d.workTeamMembers(), d.projects(),
                d.funds(), d.opinions(), d.problemsSolved());
    }

    private TalentReport.Bounties bounties(String prefix, DateRange range) {
        BountySummary b = bounties.summary(prefix, range);
        return new TalentReport.Bounties(b.posted(), b.open(), b.claimed(), b.completed(), b.fundsSpent(), b.points());
    }

    private TalentReport.Experts experts(String prefix, DateRange range) {
        ExpertSummary e = experts.summary(prefix, range);
        return new TalentReport.Experts(e.experts(), e.localTalent(), e.techDemoHouseholds(), e.serviceSessions(),
                e.peopleTrained());
    }
}
