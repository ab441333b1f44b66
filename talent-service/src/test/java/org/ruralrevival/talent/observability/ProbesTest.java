package org.ruralrevival.talent.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The paths the Kubernetes probes in k8s/ ask (startup, liveness, readiness) answer UP. */
@QuarkusTest
class ProbesTest {

    @Test
    void answersTheKubernetesProbes() {
        for (String probe : new String[] {"/q/health/started", "/q/health/live", "/q/health/ready"}) {
            given().get(probe).then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
