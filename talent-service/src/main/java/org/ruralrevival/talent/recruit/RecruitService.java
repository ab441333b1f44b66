package org.ruralrevival.talent.recruit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.identity.IdNumber;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.personaldata.PersonalData;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.talent.common.PersonRef;
import org.ruralrevival.talent.common.Today;
import org.ruralrevival.talent.region.RegionCheck;

/** Recruitment (发展党员): the records, their steps under {@link RecruitmentRules}, and the events it owes. */
@ApplicationScoped
public class RecruitService {

    public static final String ENTITY = "recruit";
    /** Tells organization-service to create the probationary member (relayed by a later issue). */
    public static final String ADMITTED_EVENT = "recruit-admitted";
    /** How long without an admission makes a 空白村. */
    public static final int BLANK_YEARS = 3;

    /** A recorded step and the recruit it moved. */
    public record Stepped(Recruit recruit, RecruitTransition transition) {
    }

    private final RecruitRepository recruits;
    private final RecruitTransitionRepository transitions;
    private final Outbox outbox;
    private final CallerScope scope;
    private final PersonalData personalData;
    private final RegionCheck regions;
    private final Today today;

    RecruitService(RecruitRepository recruits, RecruitTransitionRepository transitions, Outbox outbox, CallerScope scope,
            PersonalData personalData, RegionCheck regions, Today today) {
        this.recruits = recruits;
        this.transitions = transitions;
        this.outbox = outbox;
        this.scope = scope;
        this.personalData = personalData;
        this.regions = regions;
        this.today = today;
    }

    public Recruit get(long id) {
        Recruit r = recruits.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.recruit", String.valueOf(id)));
        scope.requireWithin(r.villageCode);
        return r;
    }

    /** The recruit as this caller may see it: the ID number in full only for roles allowed personal data. */
    public RecruitDto dto(Recruit r) {
        return RecruitDto.of(r, scope.maySeePersonalData() ? idNumber(r).value() : idNumber(r).masked());
    }

    public PageResult<RecruitDto> search(String region, RecruitStage stage, RecruitSource source, Long branchId,
            PageQuery page) {
        RecruitRepository.Page found = recruits.search(scope.restrict(region), stage, source, branchId, page);
        return PageResult.of(found.items(), page, found.total(), this::dto);
    }

    @Transactional
    public Recruit create(RecruitRequest request) {
        Recruit r = new Recruit();
        fill(r, request);
        recruits.findOpenByIdNumberHash(r.idNumberHash).ifPresent(existing -> {
            throw Problems.conflict("recruit.duplicate", idNumber(r).masked(), String.valueOf(existing.id), existing.stage);
        });
        recruits.persist(r);
        recruits.flush();
        outbox.record(ENTITY, r.id, ChangeKind.CREATED, masked(r));
        return r;
    }

    @Transactional
    public Recruit update(long id, String ifMatch, RecruitRequest request) {
        Recruit r = get(id);
        Versions.check(ifMatch, r.version);
        correct(r, request);
        recruits.flush();
        outbox.record(ENTITY, r.id, ChangeKind.UPDATED, masked(r));
        return r;
    }

    /**
     * A new applicant (入党申请人) from a request, by the rules of POST; the caller looks for an open
     * recruitment of the same person. The stage is the first one: later stages only by transitions.
     */
    void fill(Recruit r, RecruitRequest request) {
        apply(r, request);
        r.applicationDate = request.applicationDate();
        r.lastStepDate = request.applicationDate();
        RecruitmentRules.checkApplication(r.birthDate, r.applicationDate, today.date());
        r.openIdNumberHash = r.idNumberHash;
    }

    /** The corrected record, by the rules of PUT (after its If-Match); the stage is never touched. */
    void correct(Recruit r, RecruitRequest request) {
        long id = r.id;
        if (!request.applicationDate().equals(r.applicationDate)) {
            if (transitions.countOf(id) > 0) {
                throw Problems.conflict("recruit.application.fixed", r.applicationDate);
            }
            r.applicationDate = request.applicationDate();
            r.lastStepDate = request.applicationDate();
        }
        String hashBefore = r.idNumberHash;
        IdNumber number = apply(r, request);
        RecruitmentRules.checkApplication(r.birthDate, r.applicationDate, today.date());
        if (!r.idNumberHash.equals(hashBefore) && !r.stage.terminal()) {
            recruits.findOpenByIdNumberHash(r.idNumberHash).filter(other -> !other.id.equals(r.id)).ifPresent(other -> {
                throw Problems.conflict("recruit.duplicate", number.masked(), String.valueOf(other.id), other.stage);
            });
        }
        if (r.openIdNumberHash != null) {
            r.openIdNumberHash = r.idNumberHash;
        }
    }

    /** The record as the body that would store it again (the ID number in full only when {@code full}). */
    RecruitRequest toRequest(Recruit r, boolean full) {
        IdNumber id = idNumber(r);
        return new RecruitRequest(r.name, r.gender, r.birthDate, full ? id.value() : id.masked(), r.villageCode, r.branchId,
                r.source, r.applicationDate);
    }

    /** The pages of an export; the caller's scope is read now, the pages while the answer streams. */
    public IntFunction<List<Recruit>> exportPages(String region, RecruitStage stage, RecruitSource source, Long branchId) {
        String prefix = scope.restrict(region);
        return page -> recruits.search(prefix, stage, source, branchId, new PageQuery(page, PageQuery.MAX_SIZE)).items();
    }

    public boolean maySeePersonalData() {
        return scope.maySeePersonalData();
    }

    /** Only a mistaken entry with no step recorded can be removed; a recruitment that moved is closed by a step. */
    @Transactional
    public void delete(long id, String ifMatch) {
        Recruit r = get(id);
        Versions.check(ifMatch, r.version);
        if (transitions.countOf(id) > 0) {
            throw Problems.conflict("recruit.delete.has-steps", String.valueOf(id));
        }
        RecruitDto last = masked(r);
        recruits.delete(r);
        recruits.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    @Transactional
    public Stepped step(long id, String ifMatch, TransitionRequest request) {
        Recruit r = recruits.lock(id).orElseThrow(() -> Problems.notFound("entity.recruit", String.valueOf(id)));
        scope.requireWithin(r.villageCode);
        if (ifMatch != null && !ifMatch.isBlank()) {
            Versions.check(ifMatch, r.version);
        }
        RecruitmentRules.checkTransition(r, request, today.date());

        RecruitTransition t = new RecruitTransition();
        t.recruitId = r.id;
        t.kind = request.kind();
        t.fromStage = r.stage;
        t.date = request.date();
        t.talkDate = request.talkDate();
        t.trainingDays = request.trainingDays();
        t.trainingHours = request.trainingHours();
        t.branchMeetingDate = request.branchMeetingDate();
        t.votesEntitled = request.votesEntitled();
        t.votesPresent = request.votesPresent();
        t.votesFor = request.votesFor();
        t.votesAgainst = request.votesAgainst();
        t.lateApprovalReason = blankToNull(request.lateApprovalReason());
        t.extensionMonths = request.extensionMonths();
        t.note = blankToNull(request.note());
        t.recordedBy = scope.subject();
        addPeople(t, TransitionPerson.Role.CULTIVATOR, request.cultivators());
        addPeople(t, TransitionPerson.Role.INTRODUCER, request.introducers());

        RecruitmentRules.apply(r, request);
        t.toStage = r.stage;
        transitions.persist(t);
        recruits.flush();
        outbox.record(ENTITY, r.id, ChangeKind.UPDATED, masked(r));
        if (t.kind == TransitionKind.PROBATIONARY) {
            outbox.record(ADMITTED_EVENT, r.id, ChangeKind.CREATED, admitted(r, request.introducers()));
        }
        return new Stepped(r, t);
    }

    public List<RecruitTransition> steps(long id) {
        get(id);
        return transitions.ofRecruit(id);
    }

    public RecruitTransition step(long id, long transitionId) {
        get(id);
        return transitions.ofRecruit(id, transitionId)
                .orElseThrow(() -> Problems.notFound("entity.recruit-transition", String.valueOf(transitionId)));
    }

    /** Admissions per period and source, every source present (zero when none). */
    public AdmissionsReport admissions(String region, LocalDate from, LocalDate to, Granularity per) {
        String prefix = scope.restrict(region);
        Map<String, Map<RecruitSource, Long>> byPeriod = new LinkedHashMap<>();
        Map<RecruitSource, Long> bySource = zeroBySource();
        long total = 0;
        for (RecruitRepository.AdmissionCount c : recruits.admissions(prefix, from, to, per)) {
            byPeriod.computeIfAbsent(c.period(), p -> zeroBySource()).merge(c.source(), c.count(), Long::sum);
            bySource.merge(c.source(), c.count(), Long::sum);
            total += c.count();
        }
        List<AdmissionsReport.PeriodRow> periods = new ArrayList<>();
        byPeriod.forEach((period, counts) -> periods.add(new AdmissionsReport.PeriodRow(period,
                counts.values().stream().mapToLong(Long::longValue).sum(), counts)));
        return new AdmissionsReport(regionOf(prefix), from, to, per, "persons", total, bySource, periods);
    }

    /** 空白村: known villages (see KnownVillages) with no admission in the {@value #BLANK_YEARS} years up to {@code asOf}. */
    public BlankVillagesReport blankVillages(String region, LocalDate asOf, List<String> villages) {
        String prefix = scope.restrict(region);
        LocalDate day = asOf == null ? today.date() : asOf;
        List<String> extra = regions.villagesWithin(prefix, villages);
        LocalDate since = day.minusYears(BLANK_YEARS);
        List<BlankVillagesReport.Village> items = recruits.villagesWithoutAdmission(prefix, extra, since, day).stream()
                .map(v -> new BlankVillagesReport.Village(v.villageCode(), v.lastAdmission())).toList();
        return new BlankVillagesReport(regionOf(prefix), day, BLANK_YEARS, since, items.size(), items);
    }

    private IdNumber apply(Recruit r, RecruitRequest request) {
        String village = regions.requireVillage("villageCode", request.villageCode());
        String problem = IdNumber.problemWith(request.idNumber());
        if (problem != null) {
            throw Problems.invalidField("idNumber", problem);
        }
        IdNumber id = IdNumber.parse(request.idNumber());
        if (request.birthDate() != null && !request.birthDate().equals(id.birthDate())) {
            throw Problems.invalidField("birthDate", "recruit.id-number.birth-date", request.birthDate(), id.birthDate());
        }
        var encodedGender = id.male() ? org.ruralrevival.talent.common.Gender.MALE : org.ruralrevival.talent.common.Gender.FEMALE;
        if (request.gender() != null && request.gender() != encodedGender) {
            throw Problems.invalidField("gender", "recruit.id-number.gender", request.gender(), encodedGender);
        }
        r.name = request.name().trim();
        r.gender = encodedGender;
        r.birthDate = id.birthDate();
        String hash = personalData.hash(id.value());
        if (!hash.equals(r.idNumberHash)) {
            r.idNumberEncrypted = personalData.encrypt(id.value());
            r.idNumberHash = hash;
        }
        r.villageCode = village;
        r.branchId = request.branchId();
        r.source = request.source();
        return id;
    }

    RecruitDto masked(Recruit r) {
        return RecruitDto.of(r, idNumber(r).masked());
    }

    private IdNumber idNumber(Recruit r) {
        return new IdNumber(personalData.decrypt(r.idNumberEncrypted));
    }

    private RecruitAdmitted admitted(Recruit r, List<PersonRef> introducers) {
        return new RecruitAdmitted(r.id, r.name, r.gender, r.birthDate, idNumber(r).masked(), "/api/v1/recruits/" + r.id,
                r.villageCode, r.branchId, r.source, r.stage, r.branchMeetingDate, r.approvalDate, r.probationEnds,
                r.applicationDate, r.activistDate, r.developmentTargetDate, introducers);
    }

    private static void addPeople(RecruitTransition t, TransitionPerson.Role role, List<PersonRef> people) {
        if (people != null) {
            people.forEach(p -> t.people.add(TransitionPerson.of(role, p)));
        }
    }

    private static Map<RecruitSource, Long> zeroBySource() {
        Map<RecruitSource, Long> counts = new EnumMap<>(RecruitSource.class);
        for (RecruitSource s : RecruitSource.values()) {
            counts.put(s, 0L);
        }
        return counts;
    }

    static String regionOf(String prefix) {
        return prefix.isEmpty() ? null : DivisionCode.fromPrefix(prefix).value();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
