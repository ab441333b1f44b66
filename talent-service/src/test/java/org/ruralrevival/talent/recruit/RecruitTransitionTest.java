package org.ruralrevival.talent.recruit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.talent.Fixtures.editor;
import static org.ruralrevival.talent.recruit.RecruitSteps.ACTIVIST;
import static org.ruralrevival.talent.recruit.RecruitSteps.APPLIED;
import static org.ruralrevival.talent.recruit.RecruitSteps.APPROVED;
import static org.ruralrevival.talent.recruit.RecruitSteps.MEETING;
import static org.ruralrevival.talent.recruit.RecruitSteps.TARGET;
import static org.ruralrevival.talent.recruit.RecruitSteps.activist;
import static org.ruralrevival.talent.recruit.RecruitSteps.activistOf;
import static org.ruralrevival.talent.recruit.RecruitSteps.applicant;
import static org.ruralrevival.talent.recruit.RecruitSteps.probationary;
import static org.ruralrevival.talent.recruit.RecruitSteps.probationaryOf;
import static org.ruralrevival.talent.recruit.RecruitSteps.simple;
import static org.ruralrevival.talent.recruit.RecruitSteps.step;
import static org.ruralrevival.talent.recruit.RecruitSteps.target;
import static org.ruralrevival.talent.recruit.RecruitSteps.targetOf;
import static org.ruralrevival.talent.recruit.RecruitSteps.tryStep;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.talent.Fixtures;

/** Every rule of the recruitment state machine: the refused step, then the allowed one. */
@QuarkusTest
class RecruitTransitionTest {

    private static void assertStage(long id, String stage, int version) {
        editor().get("/api/v1/recruits/" + id).then().statusCode(200).body("stage", equalTo(stage))
                .header("ETag", equalTo("\"" + version + "\""));
    }

    private static long steps(long id) {
        return Fixtures.count("SELECT COUNT(*) FROM recruit_transition WHERE recruit_id = ?1", id);
    }

    @Test
    void activistNeedsTheTalkRecorded() {
        long id = applicant("620123104201", APPLIED);
        tryStep(id, activist(ACTIVIST, null)).statusCode(422).body("rule", equalTo("recruit.talk.missing"));
        assertStage(id, "APPLICANT", 0);
        assertEquals(0, steps(id));
        step(id, activist(ACTIVIST, LocalDate.of(2018, 3, 20)));
        assertStage(id, "ACTIVIST", 1);
    }

    @Test
    void theTalkIsWithinAMonthOfTheApplication() {
        long id = applicant("620123104202", APPLIED);
        tryStep(id, activist(ACTIVIST, LocalDate.of(2018, 4, 2))).statusCode(422).body("rule", equalTo("recruit.talk.late"));
        tryStep(id, activist(ACTIVIST, LocalDate.of(2018, 2, 28))).statusCode(422)
                .body("rule", equalTo("recruit.talk.before-application"));
        tryStep(id, activist(LocalDate.of(2018, 3, 10), LocalDate.of(2018, 3, 20))).statusCode(422)
                .body("rule", equalTo("recruit.activist.before-talk"));
        assertEquals(0, steps(id));
        // Exactly one month after the application is still within it.
        step(id, activist(ACTIVIST, LocalDate.of(2018, 4, 1)));
        assertStage(id, "ACTIVIST", 1);
    }

    @Test
    void refusesStepsOutOfOrder() {
        long id = applicant("620123104203", APPLIED);
        tryStep(id, target(TARGET)).statusCode(422).body("rule", equalTo("recruit.transition.order"))
                .body("type", equalTo("/problems/rule-violated"));
        tryStep(id, probationary(APPROVED, MEETING)).statusCode(422).body("rule", equalTo("recruit.transition.order"));
        tryStep(id, simple("FULL_MEMBER", LocalDate.of(2021, 1, 1))).statusCode(422)
                .body("rule", equalTo("recruit.transition.order"));
        tryStep(id, Map.of("kind", "EXTEND_PROBATION", "date", "2019-01-01", "extensionMonths", 6)).statusCode(422)
                .body("rule", equalTo("recruit.transition.order"));
        step(id, activist(ACTIVIST, LocalDate.of(2018, 3, 20)));
        tryStep(id, activist(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 3, 20))).statusCode(422)
                .body("rule", equalTo("recruit.transition.order"));
        assertEquals(1, steps(id));
    }

    @Test
    void refusesAStepInTheFutureOrBeforeThePreviousStep() {
        long id = applicant("620123104204", APPLIED);
        tryStep(id, activist(LocalDate.of(2018, 2, 20), LocalDate.of(2018, 3, 20))).statusCode(422)
                .body("rule", equalTo("recruit.date.before-previous"));
        step(id, activist(ACTIVIST, LocalDate.of(2018, 3, 20)));
        LocalDate tomorrow = LocalDate.now().plusDays(2);
        tryStep(id, simple("WITHDRAWN", tomorrow)).statusCode(422).body("rule", equalTo("recruit.date.future"));
        tryStep(id, simple("WITHDRAWN", ACTIVIST.minusDays(1))).statusCode(422)
                .body("rule", equalTo("recruit.date.before-previous"));
        assertStage(id, "ACTIVIST", 1);
        step(id, simple("WITHDRAWN", ACTIVIST));
        assertStage(id, "WITHDRAWN", 2);
    }

    @Test
    void aDevelopmentTargetNeedsAYearAsActivist() {
        long id = activistOf("620123104205");
        tryStep(id, target(ACTIVIST.plusYears(1).minusDays(1))).statusCode(422)
                .body("rule", equalTo("recruit.activist.one-year"));
        assertStage(id, "ACTIVIST", 1);
        step(id, target(ACTIVIST.plusYears(1)));
        assertStage(id, "DEVELOPMENT_TARGET", 2);
    }

    @Test
    void aDevelopmentTargetNeedsTwoDistinctCultivators() {
        long id = activistOf("620123104206");
        var one = target(TARGET);
        one.put("cultivators", List.of(Map.of("name", "王建国")));
        tryStep(id, one).statusCode(422).body("rule", equalTo("recruit.cultivators.two"));
        var none = target(TARGET);
        none.remove("cultivators");
        tryStep(id, none).statusCode(422).body("rule", equalTo("recruit.cultivators.two"));
        var twice = target(TARGET);
        twice.put("cultivators", List.of(Map.of("memberId", 7), Map.of("name", "王建国", "memberId", 7)));
        tryStep(id, twice).statusCode(400).body("errors[0].field", equalTo("cultivators[1]"))
                .body("errors[0].rule", equalTo("talent.person.duplicate"));
        var nameless = target(TARGET);
        nameless.put("cultivators", List.of(Map.of("name", "王建国"), Map.of("name", " ")));
        tryStep(id, nameless).statusCode(400).body("errors[0].rule", equalTo("talent.person.name-or-id"));
        assertEquals(1, steps(id));
        var byIds = target(TARGET);
        byIds.put("cultivators", List.of(Map.of("memberId", 7), Map.of("memberId", 8)));
        step(id, byIds);
        assertStage(id, "DEVELOPMENT_TARGET", 2);
    }

    @Test
    void admissionNeedsTwoIntroducers() {
        long id = targetOf("620123104207");
        var one = probationary(APPROVED, MEETING);
        one.put("introducers", List.of(Map.of("name", "王建国")));
        tryStep(id, one).statusCode(422).body("rule", equalTo("recruit.introducers.two"));
        var same = probationary(APPROVED, MEETING);
        same.put("introducers", List.of(Map.of("name", "王建国"), Map.of("name", "王建国 ")));
        tryStep(id, same).statusCode(400).body("errors[0].rule", equalTo("talent.person.duplicate"));
        assertStage(id, "DEVELOPMENT_TARGET", 2);
        step(id, probationary(APPROVED, MEETING));
        assertStage(id, "PROBATIONARY", 3);
    }

    @Test
    void admissionNeedsThreeDaysOr24HoursOfTraining() {
        long id = targetOf("620123104208");
        var shortTraining = probationary(APPROVED, MEETING);
        shortTraining.put("trainingDays", 2);
        shortTraining.put("trainingHours", 23);
        tryStep(id, shortTraining).statusCode(422).body("rule", equalTo("recruit.training.short"));
        var none = probationary(APPROVED, MEETING);
        none.remove("trainingDays");
        tryStep(id, none).statusCode(422).body("rule", equalTo("recruit.training.short"));
        assertStage(id, "DEVELOPMENT_TARGET", 2);
        var hours = probationary(APPROVED, MEETING);
        hours.remove("trainingDays");
        hours.put("trainingHours", 24);
        step(id, hours);
        assertStage(id, "PROBATIONARY", 3);
    }

    @Test
    void admissionNeedsTheBranchMeetingAfterTheTarget() {
        long id = targetOf("620123104209");
        var noMeeting = probationary(APPROVED, MEETING);
        noMeeting.remove("branchMeetingDate");
        tryStep(id, noMeeting).statusCode(422).body("rule", equalTo("recruit.branch-meeting.missing"));
        var noVotes = probationary(APPROVED, MEETING);
        noVotes.remove("votesFor");
        tryStep(id, noVotes).statusCode(422).body("rule", equalTo("recruit.branch-meeting.missing"));
        tryStep(id, probationary(APPROVED, TARGET.minusDays(1))).statusCode(422)
                .body("rule", equalTo("recruit.branch-meeting.before-target"));
        assertStage(id, "DEVELOPMENT_TARGET", 2);
        step(id, probationary(TARGET, TARGET));
        editor().get("/api/v1/recruits/" + id).then().body("branchMeetingDate", equalTo(TARGET.toString()))
                .body("probationEnds", equalTo(TARGET.plusYears(1).toString()));
    }

    @Test
    void theBranchMeetingNeedsAQuorumAndAMajorityOfThoseEntitled() {
        long id = targetOf("620123104210");
        var thin = probationary(APPROVED, MEETING);
        thin.put("votesEntitled", 20);
        thin.put("votesPresent", 10);
        thin.put("votesFor", 10);
        thin.put("votesAgainst", 0);
        tryStep(id, thin).statusCode(422).body("rule", equalTo("recruit.vote.quorum"));
        var split = probationary(APPROVED, MEETING);
        split.put("votesEntitled", 20);
        split.put("votesPresent", 19);
        split.put("votesFor", 10);
        split.put("votesAgainst", 9);
        tryStep(id, split).statusCode(422).body("rule", equalTo("recruit.vote.majority"));
        var impossible = probationary(APPROVED, MEETING);
        impossible.put("votesPresent", 24);
        tryStep(id, impossible).statusCode(400).body("errors[0].field", equalTo("votesPresent"));
        var overcast = probationary(APPROVED, MEETING);
        overcast.put("votesFor", 20);
        overcast.put("votesAgainst", 1);
        tryStep(id, overcast).statusCode(400).body("errors[0].field", equalTo("votesFor"));
        assertStage(id, "DEVELOPMENT_TARGET", 2);
        var justEnough = probationary(APPROVED, MEETING);
        justEnough.put("votesEntitled", 20);
        justEnough.put("votesPresent", 11);
        justEnough.put("votesFor", 11);
        justEnough.put("votesAgainst", 0);
        step(id, justEnough);
        assertStage(id, "PROBATIONARY", 3);
    }

    @Test
    void approvalComesWithinThreeMonthsOfTheMeetingOrSixWithAReason() {
        long id = targetOf("620123104211");
        tryStep(id, probationary(MEETING.minusDays(1), MEETING)).statusCode(422)
                .body("rule", equalTo("recruit.approval.before-meeting"));
        tryStep(id, probationary(MEETING.plusMonths(3).plusDays(1), MEETING)).statusCode(422)
                .body("rule", equalTo("recruit.approval.late"));
        var tooLate = probationary(MEETING.plusMonths(6).plusDays(1), MEETING);
        tooLate.put("lateApprovalReason", "乡镇党委换届");
        tryStep(id, tooLate).statusCode(422).body("rule", equalTo("recruit.approval.too-late"));
        assertStage(id, "DEVELOPMENT_TARGET", 2);
        var late = probationary(MEETING.plusMonths(6), MEETING);
        late.put("lateApprovalReason", "乡镇党委换届");
        step(id, late);
        editor().get("/api/v1/recruits/" + id).then().body("approvalDate", equalTo(MEETING.plusMonths(6).toString()));
    }

    @Test
    void approvalOnTheLastDayOfThreeMonthsNeedsNoReason() {
        long id = targetOf("620123104212");
        step(id, probationary(MEETING.plusMonths(3), MEETING));
        assertStage(id, "PROBATIONARY", 3);
    }

    @Test
    void aFullMemberNotBeforeTheProbationEnds() {
        long id = probationaryOf("620123104213");
        LocalDate ends = MEETING.plusYears(1);
        tryStep(id, simple("FULL_MEMBER", ends.minusDays(1))).statusCode(422)
                .body("rule", equalTo("recruit.probation.not-over"));
        assertStage(id, "PROBATIONARY", 3);
        step(id, simple("FULL_MEMBER", ends));
        assertStage(id, "FULL_MEMBER", 4);
        editor().get("/api/v1/recruits/" + id).then().body("fullMemberDate", equalTo(ends.toString()));
    }

    @Test
    void probationIsExtendedOnceBySixToTwelveMonths() {
        long id = probationaryOf("620123104214");
        LocalDate ends = MEETING.plusYears(1);
        var decided = ends.minusDays(5);
        tryStep(id, Map.of("kind", "EXTEND_PROBATION", "date", decided.toString(), "extensionMonths", 5)).statusCode(422)
                .body("rule", equalTo("recruit.probation.extension-months"));
        tryStep(id, Map.of("kind", "EXTEND_PROBATION", "date", decided.toString(), "extensionMonths", 13)).statusCode(422)
                .body("rule", equalTo("recruit.probation.extension-months"));
        tryStep(id, simple("EXTEND_PROBATION", decided)).statusCode(422)
                .body("rule", equalTo("recruit.probation.extension-months"));
        step(id, Map.of("kind", "EXTEND_PROBATION", "date", decided.toString(), "extensionMonths", 6));
        editor().get("/api/v1/recruits/" + id).then().body("probationEnds", equalTo(ends.plusMonths(6).toString()))
                .body("probationExtended", equalTo(true)).body("stage", equalTo("PROBATIONARY"));
        tryStep(id, Map.of("kind", "EXTEND_PROBATION", "date", ends.toString(), "extensionMonths", 6)).statusCode(422)
                .body("rule", equalTo("recruit.probation.extended-once"));
        tryStep(id, simple("FULL_MEMBER", ends.plusMonths(6).minusDays(1))).statusCode(422)
                .body("rule", equalTo("recruit.probation.not-over"));
        step(id, simple("FULL_MEMBER", ends.plusMonths(6)));
        assertStage(id, "FULL_MEMBER", 5);
    }

    @Test
    void rejectionAndWithdrawalFromAnyOpenStageButNothingLeavesATerminalOne() {
        long applicant = applicant("620123104215", APPLIED);
        step(applicant, simple("REJECTED", APPLIED.plusDays(3)));
        long target = targetOf("620123104216");
        step(target, simple("WITHDRAWN", TARGET.plusDays(3)));
        long probationary = probationaryOf("620123104217");
        var cancelled = simple("REJECTED", APPROVED.plusMonths(2));
        cancelled.put("note", "取消预备党员资格");
        step(probationary, cancelled);
        editor().get("/api/v1/recruits/" + probationary).then().body("stage", equalTo("REJECTED"))
                .body("closedOn", equalTo(APPROVED.plusMonths(2).toString()));

        tryStep(applicant, activist(APPLIED.plusDays(5), APPLIED.plusDays(4))).statusCode(409)
                .body("rule", equalTo("recruit.terminal")).body("type", equalTo("/problems/conflict"));
        tryStep(target, simple("REJECTED", TARGET.plusDays(5))).statusCode(409).body("rule", equalTo("recruit.terminal"));
        long full = probationaryOf("620123104218");
        step(full, simple("FULL_MEMBER", MEETING.plusYears(1)));
        tryStep(full, simple("WITHDRAWN", MEETING.plusYears(1))).statusCode(409).body("rule", equalTo("recruit.terminal"));
        assertEquals(1, steps(applicant));
    }

    @Test
    void evidenceOfAnotherKindOfStepIsRefusedNotDropped() {
        long id = applicant("620123104219", APPLIED);
        var body = activist(ACTIVIST, LocalDate.of(2018, 3, 20));
        body.put("votesFor", 3);
        body.put("extensionMonths", 6);
        tryStep(id, body).statusCode(400).body("errors", hasSize(2))
                .body("errors[0].rule", equalTo("recruit.evidence.other-kind"));
        tryStep(id, Map.of("kind", "ACTIVIST", "date", "2018-04-10", "talkDate", "2018-03-20", "talkdate", "x"))
                .statusCode(400).body("errors[0].rule", equalTo("json.unknown-property"));
        tryStep(id, Map.of("kind", "PROMOTED", "date", "2018-04-10")).statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        tryStep(id, Map.of("kind", "ACTIVIST", "date", "2018-02-30", "talkDate", "2018-03-20")).statusCode(400)
                .body("errors[0].field", equalTo("date"));
        tryStep(id, Map.of("kind", "ACTIVIST")).statusCode(400).body("errors[0].field", equalTo("date"));
        editor().body("{\"kind\":").post("/api/v1/recruits/" + id + "/transitions").then().statusCode(400);
        assertEquals(0, steps(id));
        assertStage(id, "APPLICANT", 0);
    }

    @Test
    void aStaleIfMatchRefusesTheStepAndACurrentOneAllowsIt() {
        long id = applicant("620123104220", APPLIED);
        editor().header("If-Match", "\"5\"").body(activist(ACTIVIST, LocalDate.of(2018, 3, 20)))
                .post("/api/v1/recruits/" + id + "/transitions").then().statusCode(412);
        editor().header("If-Match", "\"0\"").body(activist(ACTIVIST, LocalDate.of(2018, 3, 20)))
                .post("/api/v1/recruits/" + id + "/transitions").then().statusCode(201);
        tryStep(999_999_999L, activist(ACTIVIST, LocalDate.of(2018, 3, 20))).statusCode(404);
    }

    @Test
    void listsTheStepsInOrderWithTheirEvidence() {
        long id = probationaryOf("620123104221");
        editor().get("/api/v1/recruits/" + id + "/transitions").then().statusCode(200)
                .body("kind", equalTo(List.of("ACTIVIST", "DEVELOPMENT_TARGET", "PROBATIONARY")))
                .body("[0].talkDate", equalTo("2018-03-20"))
                .body("[1].cultivators.name", equalTo(List.of("王建国", "张丽")))
                .body("[2].introducers[0].memberId", equalTo(10234))
                .body("[2].votesFor", equalTo(19))
                .body("[2].fromStage", equalTo("DEVELOPMENT_TARGET"))
                .body("[2].toStage", equalTo("PROBATIONARY"));
        String location = editor().body(simple("FULL_MEMBER", MEETING.plusYears(1)))
                .post("/api/v1/recruits/" + id + "/transitions").then().statusCode(201).extract().header("Location");
        editor().get(location).then().statusCode(200).body("kind", equalTo("FULL_MEMBER"))
                .body("recordedBy", equalTo("test-editor"));
    }
}
