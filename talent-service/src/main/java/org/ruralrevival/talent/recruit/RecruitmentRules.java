package org.ruralrevival.talent.recruit;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.talent.common.PersonRef;

/**
 * The rules of 中国共产党发展党员工作细则 as far as the ledgers can show them. Each refusal names
 * its rule by a message key, so a caller can tell a step taken too early from missing evidence.
 */
final class RecruitmentRules {

    /** 年满十八岁. */
    static final int MIN_AGE = 18;
    /** 谈话 within a month of receiving the application. */
    static final Period TALK_WITHIN = Period.ofMonths(1);
    /** At least a year of cultivation as an activist. */
    static final Period ACTIVIST_AT_LEAST = Period.ofYears(1);
    static final int MIN_TRAINING_DAYS = 3;
    static final int MIN_TRAINING_HOURS = 24;
    /** The higher committee approves within 3 months of the branch meeting; at most 6 for a reason. */
    static final Period APPROVAL_WITHIN = Period.ofMonths(3);
    static final Period APPROVAL_AT_MOST = Period.ofMonths(6);
    static final Period PROBATION = Period.ofYears(1);
    static final int MIN_EXTENSION_MONTHS = 6;
    static final int MAX_EXTENSION_MONTHS = 12;

    private RecruitmentRules() {
    }

    /** The applicant's age on the application date, and the date itself, are acceptable. */
    static void checkApplication(LocalDate birthDate, LocalDate applicationDate, LocalDate today) {
        if (applicationDate.isAfter(today)) {
            throw Problems.unprocessable("recruit.date.future", applicationDate, today);
        }
        int age = Period.between(birthDate, applicationDate).getYears();
        if (age < MIN_AGE) {
            throw Problems.unprocessable("recruit.applicant.age", age, applicationDate, birthDate.plusYears(MIN_AGE));
        }
    }

    /** Refuses the step unless the recruit's stage, the dates and the evidence allow it. */
    static void checkTransition(Recruit r, TransitionRequest t, LocalDate today) {
        if (r.stage.terminal()) {
            throw Problems.conflict("recruit.terminal", String.valueOf(r.id), r.stage);
        }
        if (!t.kind().allowedFrom(r.stage)) {
            throw Problems.unprocessable("recruit.transition.order", t.kind(), r.stage, next(r.stage));
        }
        refuseOtherKindsEvidence(t);
        if (t.date().isAfter(today)) {
            throw Problems.unprocessable("recruit.date.future", t.date(), today);
        }
        if (t.date().isBefore(r.lastStepDate)) {
            throw Problems.unprocessable("recruit.date.before-previous", t.date(), r.lastStepDate);
        }
        switch (t.kind()) {
            case ACTIVIST -> checkActivist(r, t);
            case DEVELOPMENT_TARGET -> checkDevelopmentTarget(r, t);
            case PROBATIONARY -> checkProbationary(r, t);
            case EXTEND_PROBATION -> checkExtension(r, t);
            case FULL_MEMBER -> checkFullMember(r, t);
            case REJECTED, WITHDRAWN -> { }
        }
    }

    private static void checkActivist(Recruit r, TransitionRequest t) {
        if (t.talkDate() == null) {
            throw Problems.unprocessable("recruit.talk.missing");
        }
        if (t.talkDate().isBefore(r.applicationDate)) {
            throw Problems.unprocessable("recruit.talk.before-application", t.talkDate(), r.applicationDate);
        }
        LocalDate latest = r.applicationDate.plus(TALK_WITHIN);
        if (t.talkDate().isAfter(latest)) {
            throw Problems.unprocessable("recruit.talk.late", t.talkDate(), r.applicationDate, latest);
        }
        if (t.date().isBefore(t.talkDate())) {
            throw Problems.unprocessable("recruit.activist.before-talk", t.date(), t.talkDate());
        }
    }

    private static void checkDevelopmentTarget(Recruit r, TransitionRequest t) {
        LocalDate earliest = r.activistDate.plus(ACTIVIST_AT_LEAST);
        if (t.date().isBefore(earliest)) {
            throw Problems.unprocessable("recruit.activist.one-year", r.activistDate, earliest);
        }
        if (PersonRef.requireDistinct("cultivators", t.cultivators(), false) < 2) {
            throw Problems.unprocessable("recruit.cultivators.two");
        }
    }

    private static void checkProbationary(Recruit r, TransitionRequest t) {
        if (PersonRef.requireDistinct("introducers", t.introducers(), false) < 2) {
            throw Problems.unprocessable("recruit.introducers.two");
        }
        boolean trained = (t.trainingDays() != null && t.trainingDays() >= MIN_TRAINING_DAYS)
                || (t.trainingHours() != null && t.trainingHours() >= MIN_TRAINING_HOURS);
        if (!trained) {
            throw Problems.unprocessable("recruit.training.short", MIN_TRAINING_DAYS, MIN_TRAINING_HOURS);
        }
        if (t.branchMeetingDate() == null || t.votesEntitled() == null || t.votesPresent() == null
                || t.votesFor() == null) {
            throw Problems.unprocessable("recruit.branch-meeting.missing");
        }
        LocalDate meeting = t.branchMeetingDate();
        if (meeting.isBefore(r.developmentTargetDate)) {
            throw Problems.unprocessable("recruit.branch-meeting.before-target", meeting, r.developmentTargetDate);
        }
        int against = t.votesAgainst() == null ? 0 : t.votesAgainst();
        if (t.votesPresent() > t.votesEntitled()) {
            throw Problems.invalidField("votesPresent", "recruit.vote.counts.present", t.votesPresent(), t.votesEntitled());
        }
        if (t.votesFor() + against > t.votesPresent()) {
            throw Problems.invalidField("votesFor", "recruit.vote.counts.cast", t.votesFor(), against, t.votesPresent());
        }
        // 有表决权的到会人数超过应到会人数的半数, and 赞成人数超过应到会有表决权的正式党员的半数.
        if (t.votesPresent() * 2 <= t.votesEntitled()) {
            throw Problems.unprocessable("recruit.vote.quorum", t.votesPresent(), t.votesEntitled());
        }
        if (t.votesFor() * 2 <= t.votesEntitled()) {
            throw Problems.unprocessable("recruit.vote.majority", t.votesFor(), t.votesEntitled());
        }
        if (t.date().isBefore(meeting)) {
            throw Problems.unprocessable("recruit.approval.before-meeting", t.date(), meeting);
        }
        LocalDate due = meeting.plus(APPROVAL_WITHIN);
        LocalDate last = meeting.plus(APPROVAL_AT_MOST);
        if (t.date().isAfter(last)) {
            throw Problems.unprocessable("recruit.approval.too-late", t.date(), meeting, last);
        }
        if (t.date().isAfter(due) && (t.lateApprovalReason() == null || t.lateApprovalReason().isBlank())) {
            throw Problems.unprocessable("recruit.approval.late", t.date(), meeting, due);
        }
    }

    private static void checkExtension(Recruit r, TransitionRequest t) {
        if (r.probationExtended) {
            throw Problems.unprocessable("recruit.probation.extended-once", r.probationEnds);
        }
        if (t.extensionMonths() == null || t.extensionMonths() < MIN_EXTENSION_MONTHS
                || t.extensionMonths() > MAX_EXTENSION_MONTHS) {
            throw Problems.unprocessable("recruit.probation.extension-months", t.extensionMonths() == null ? "-" : t.extensionMonths(),
                    MIN_EXTENSION_MONTHS, MAX_EXTENSION_MONTHS);
        }
    }

    private static void checkFullMember(Recruit r, TransitionRequest t) {
        if (t.date().isBefore(r.probationEnds)) {
            throw Problems.unprocessable("recruit.probation.not-over", t.date(), r.probationEnds);
        }
    }

    /** Applies a step the rules allowed: the new stage and the dates the next rules look at. */
    static void apply(Recruit r, TransitionRequest t) {
        switch (t.kind()) {
            case ACTIVIST -> {
                r.talkDate = t.talkDate();
                r.activistDate = t.date();
            }
            case DEVELOPMENT_TARGET -> r.developmentTargetDate = t.date();
            case PROBATIONARY -> {
                r.branchMeetingDate = t.branchMeetingDate();
                r.approvalDate = t.date();
                r.probationEnds = t.branchMeetingDate().plus(PROBATION);
            }
            case EXTEND_PROBATION -> {
                r.probationExtended = true;
                r.probationEnds = r.probationEnds.plusMonths(t.extensionMonths());
            }
            case FULL_MEMBER -> r.fullMemberDate = t.date();
            case REJECTED, WITHDRAWN -> {
                r.closedOn = t.date();
                r.openIdNumberHash = null;
            }
        }
        r.stage = t.kind().to();
        r.lastStepDate = t.date();
    }

    private static String next(RecruitStage stage) {
        List<String> kinds = new ArrayList<>();
        for (TransitionKind k : TransitionKind.values()) {
            if (k.allowedFrom(stage)) {
                kinds.add(k.name());
            }
        }
        return String.join(", ", kinds);
    }

    /** Which evidence fields each kind takes; anything else sent is refused, not dropped. */
    private static final Map<TransitionKind, Set<String>> EVIDENCE = Map.of(
            TransitionKind.ACTIVIST, Set.of("talkDate"),
            TransitionKind.DEVELOPMENT_TARGET, Set.of("cultivators"),
            TransitionKind.PROBATIONARY, Set.of("introducers", "trainingDays", "trainingHours", "branchMeetingDate",
                    "votesEntitled", "votesPresent", "votesFor", "votesAgainst", "lateApprovalReason"),
            TransitionKind.EXTEND_PROBATION, Set.of("extensionMonths"),
            TransitionKind.FULL_MEMBER, Set.of(),
            TransitionKind.REJECTED, Set.of(),
            TransitionKind.WITHDRAWN, Set.of());

    private static void refuseOtherKindsEvidence(TransitionRequest t) {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("talkDate", t.talkDate());
        sent.put("cultivators", t.cultivators());
        sent.put("introducers", t.introducers());
        sent.put("trainingDays", t.trainingDays());
        sent.put("trainingHours", t.trainingHours());
        sent.put("branchMeetingDate", t.branchMeetingDate());
        sent.put("votesEntitled", t.votesEntitled());
        sent.put("votesPresent", t.votesPresent());
        sent.put("votesFor", t.votesFor());
        sent.put("votesAgainst", t.votesAgainst());
        sent.put("lateApprovalReason", t.lateApprovalReason());
        sent.put("extensionMonths", t.extensionMonths());
        Set<String> allowed = EVIDENCE.get(t.kind());
        List<FieldError> errors = new ArrayList<>();
        sent.forEach((field, value) -> {
            if (value != null && !allowed.contains(field)) {
                errors.add(FieldError.of(field, "recruit.evidence.other-kind", t.kind()));
            }
        });
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }
}
