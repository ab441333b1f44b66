package org.ruralrevival.talent.recruit;

import static org.ruralrevival.talent.Fixtures.editor;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralrevival.talent.Fixtures;

/** Walks recruits through valid steps, so each test only varies the step it is about. */
final class RecruitSteps {

    static final LocalDate BORN = LocalDate.of(1995, 6, 1);

    private RecruitSteps() {
    }

    static Map<String, Object> applicant(String village, LocalDate applied, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "申请人" + village.substring(9));
        body.put("idNumber", Fixtures.idNumber(BORN, true));
        body.put("villageCode", village);
        body.put("branchId", 42);
        body.put("source", source);
        body.put("applicationDate", applied.toString());
        return body;
    }

    static long create(Map<String, Object> body) {
        return ((Number) editor().body(body).post("/api/v1/recruits").then().statusCode(201).extract().path("id")).longValue();
    }

    static long applicant(String village, LocalDate applied) {
        return create(applicant(village, applied, "YOUNG_FARMER"));
    }

    static ValidatableResponse tryStep(long id, Map<String, Object> body) {
        return editor().body(body).post("/api/v1/recruits/" + id + "/transitions").then();
    }

    static void step(long id, Map<String, Object> body) {
        tryStep(id, body).statusCode(201);
    }

    static Map<String, Object> activist(LocalDate date, LocalDate talk) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ACTIVIST");
        body.put("date", date.toString());
        if (talk != null) {
            body.put("talkDate", talk.toString());
        }
        return body;
    }

    static Map<String, Object> target(LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "DEVELOPMENT_TARGET");
        body.put("date", date.toString());
        body.put("cultivators", List.of(Map.of("name", "王建国", "memberId", 10234), Map.of("name", "张丽")));
        return body;
    }

    /** Complete admission evidence: approval on {@code approval} after a branch meeting on {@code meeting}. */
    static Map<String, Object> probationary(LocalDate approval, LocalDate meeting) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PROBATIONARY");
        body.put("date", approval.toString());
        body.put("introducers", List.of(Map.of("name", "王建国", "memberId", 10234), Map.of("name", "赵强")));
        body.put("trainingDays", 3);
        body.put("branchMeetingDate", meeting.toString());
        body.put("votesEntitled", 23);
        body.put("votesPresent", 20);
        body.put("votesFor", 19);
        body.put("votesAgainst", 1);
        return body;
    }

    static Map<String, Object> simple(String kind, LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("date", date.toString());
        return body;
    }

    // The standard path: applied 2018-03-01, activist 2018-04-10, target 2019-04-10,
    // branch meeting 2019-10-15 (probation ends 2020-10-15), approved 2019-12-01.
    static final LocalDate APPLIED = LocalDate.of(2018, 3, 1);
    static final LocalDate ACTIVIST = LocalDate.of(2018, 4, 10);
    static final LocalDate TARGET = LocalDate.of(2019, 4, 10);
    static final LocalDate MEETING = LocalDate.of(2019, 10, 15);
    static final LocalDate APPROVED = LocalDate.of(2019, 12, 1);

    static long activistOf(String village) {
        long id = applicant(village, APPLIED);
        step(id, activist(ACTIVIST, LocalDate.of(2018, 3, 20)));
        return id;
    }

    static long targetOf(String village) {
        long id = activistOf(village);
        step(id, target(TARGET));
        return id;
    }

    static long probationaryOf(String village) {
        long id = targetOf(village);
        step(id, probationary(APPROVED, MEETING));
        return id;
    }

    /** A recruit admitted by a branch meeting on {@code meeting}, every earlier step at the earliest valid time. */
    static long admitted(String village, LocalDate meeting, String source) {
        LocalDate applied = meeting.minusMonths(20);
        long id = create(applicant(village, applied, source));
        step(id, activist(applied.plusMonths(1), applied.plusDays(10)));
        step(id, target(applied.plusMonths(13)));
        step(id, probationary(meeting.plusMonths(1), meeting));
        return id;
    }
}
