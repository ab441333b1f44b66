package org.ruralrevival.talent.recruit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.talent.Fixtures.as;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.EventSinkStub;

@QuarkusTest
class AdmissionEventTest {

    private static List<String> admittedEventsOf(long recruitId) {
        return EventSinkStub.ACKNOWLEDGED.stream()
                .filter(b -> b.contains("\"type\":\"org.ruralrevival.recruit-admitted.created\""))
                .filter(b -> b.contains("\"subject\":\"" + recruitId + "\"")).toList();
    }

    @Test
    void admissionIsDeliveredToOrganizationServiceAsACloudEventWithAServiceToken() {
        var body = RecruitSteps.applicant("620123109901", RecruitSteps.APPLIED, "RETURNING_GRADUATE");
        long id = RecruitSteps.create(body);
        RecruitSteps.step(id, RecruitSteps.activist(RecruitSteps.ACTIVIST, java.time.LocalDate.of(2018, 3, 20)));
        RecruitSteps.step(id, RecruitSteps.target(RecruitSteps.TARGET));
        RecruitSteps.step(id, RecruitSteps.probationary(RecruitSteps.APPROVED, RecruitSteps.MEETING));

        await().atMost(Duration.ofSeconds(20)).until(() -> !admittedEventsOf(id).isEmpty());
        String event = admittedEventsOf(id).get(0);
        assertTrue(event.contains("\"specversion\":\"1.0\""), event);
        assertTrue(event.contains("\"source\":\"urn:ruralrevival:talent\""), event);
        assertTrue(event.contains("\"personalDataUrl\":\"/api/v1/recruits/" + id + "\""), event);
        assertTrue(event.contains("\"joinedOn\":\"" + RecruitSteps.MEETING + "\""), event);
        // The event itself carries the ID number masked only ...
        String idNumber = (String) body.get("idNumber");
        assertTrue(!event.contains(idNumber), event);
        assertTrue(EventSinkStub.AUTHORIZATION.stream().allMatch(h -> h.startsWith("Bearer ")));
        // ... and organization-service, calling with its service token, reads the full number here.
        as("service").get("/api/v1/recruits/" + id).then().statusCode(200).body("idNumber", equalTo(idNumber));
        editor().get("/api/v1/recruits/" + id).then().statusCode(200)
                .body("idNumber", equalTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)));
    }
}
