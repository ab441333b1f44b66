package org.ruralrevival.talent.recruit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.EventSinkStub;
import org.ruralrevival.platform.testing.LogCapture;
import org.ruralrevival.talent.Fixtures;

/**
 * The event a request causes carries that request's id: stored with the outbox row, sent as the
 * CloudEvents extension "requestid" and as X-Request-Id. No log line of the request holds the
 * applicant's ID number.
 */
@QuarkusTest
class AdmissionRequestIdTest {

    @Test
    void theAdmissionEventCarriesTheIdOfTheRequestThatAdmitted() {
        Map<String, Object> body = RecruitSteps.applicant("620123109901", RecruitSteps.APPLIED, "RETURNING_GRADUATE");
        long id = RecruitSteps.create(body);
        RecruitSteps.step(id, RecruitSteps.activist(RecruitSteps.ACTIVIST, LocalDate.of(2018, 3, 20)));
        RecruitSteps.step(id, RecruitSteps.target(RecruitSteps.TARGET));

        List<LogCapture.Line> lines;
        try (LogCapture logs = LogCapture.open()) {
            editor().header("X-Request-Id", "admit-" + id)
                    .body(RecruitSteps.probationary(RecruitSteps.APPROVED, RecruitSteps.MEETING))
                    .post("/api/v1/recruits/" + id + "/transitions").then().statusCode(201);
            await().atMost(Duration.ofSeconds(20)).until(() -> eventFor(id) >= 0);
            lines = logs.lines();
        }

        assertEquals("admit-" + id, Fixtures.sql("SELECT request_id FROM outbox_event WHERE entity = 'recruit-admitted' "
                + "AND entity_key = ?1", Long.toString(id)).get(0));
        int delivery = eventFor(id);
        String event = EventSinkStub.ACKNOWLEDGED.get(delivery);
        assertTrue(event.contains("\"requestid\":\"admit-" + id + "\""), event);
        assertEquals("admit-" + id, EventSinkStub.REQUEST_IDS.get(event));
        String idNumber = (String) body.get("idNumber");
        assertFalse(lines.stream().anyMatch(l -> String.valueOf(l.message()).contains(idNumber)), "ID number logged: " + lines);
    }

    /** Index of the delivery of this recruit's admission among what the sink received, or -1. */
    private static int eventFor(long recruitId) {
        List<String> received = EventSinkStub.ACKNOWLEDGED;
        for (int i = 0; i < received.size(); i++) {
            String b = received.get(i);
            if (b.contains("\"type\":\"org.ruralrevival.recruit-admitted.created\"") && b.contains("\"subject\":\"" + recruitId + "\"")) {
                return i;
            }
        }
        return -1;
    }
}
