package org.ruralrevival.talent.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ruralrevival.talent.Fixtures;

/** /q/metrics has the records per type (counted on a schedule, 1 s in tests) and the event backlog. */
@QuarkusTest
class MetricsTest {

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of a gauge line such as {@code records{type="experts"} 3.0}, or NaN when absent. */
    private static double gauge(String text, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels) + "[^}]*} (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    @Test
    void countsTheRecordsOfEachTypeAfterTheyAreStored() {
        Map<String, Object> expert = Map.of("name", "郑国强", "kind", "EXPERT", "field", "果树栽培", "regionCode", "620123000000");
        editor().body(expert).post("/api/v1/experts").then().statusCode(201);
        long stored = Fixtures.count("SELECT COUNT(*) FROM expert");
        assertTrue(stored > 0, "an expert is stored");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> gauge(metrics(), "records", "type=\"experts\"") == Fixtures.count("SELECT COUNT(*) FROM expert"));
        String text = metrics();
        for (String type : new String[] {"recruits", "reserve-cadres", "trainings"}) {
            assertTrue(gauge(text, "records", "type=\"" + type + "\"") >= 0, type + " counted:\n" + text);
        }
    }

    @Test
    void reportsTheEventBacklogPerSubscriber() {
        String text = metrics();
        assertTrue(gauge(text, "events_pending", "subscriber=\"organization\"") >= 0, text);
        assertTrue(text.contains("events_failed{"), text);
    }
}
