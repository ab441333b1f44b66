package org.ruralrevival.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** The gateway's own operations: Prometheus metrics, and its log lines name the request. */
@QuarkusTest
@QuarkusTestResource(value = StubUpstreams.class, restrictToAnnotatedClass = true)
class ObservabilityTest {

    /** The paths k8s/ probes (startup, liveness, readiness). */
    @Test
    void answersTheKubernetesProbes() {
        for (String probe : new String[] {"/q/health/started", "/q/health/live", "/q/health/ready"}) {
            given().get(probe).then().statusCode(200).body(containsString("\"UP\""));
        }
    }

    @Test
    void servesPrometheusMetricsOfTheRequestsItProxied() {
        given().header("Authorization", SecurityFixture.bearer("viewer")).get("/api/v1/regions").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void theWarningForADownUpstreamCarriesTheRequestId() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && ext.getLoggerName().contains("UpstreamProxy")) {
                    warnings.add(ext.getMdc("requestId") + " " + ext.getFormattedMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try {
            // talent-service is not running in these tests (StubUpstreams), so this is a 502.
            given().header("Authorization", SecurityFixture.bearer("viewer")).header("X-Request-Id", "down-1").get("/api/v1/experts").then().statusCode(502);
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertFalse(warnings.isEmpty(), "a warning was logged");
        assertTrue(warnings.stream().allMatch(w -> w.startsWith("down-1 ")), warnings.toString());
    }
}
