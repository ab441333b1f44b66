package org.ruralrevival.economy.income;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;
import org.ruralrevival.platform.testing.EventSinkStub;

/**
 * Yearly incomes go to organization-service as CloudEvents (subscriber "organization", entity
 * income; in tests the EventSinkStub stands in for it).
 */
@QuarkusTest
class IncomeEventDeliveryTest {

    private static Map<String, Object> account(String village, int year, String total) {
        return Map.of("villageCode", village, "year", year, "operatingIncome", new BigDecimal("100.00"),
                "totalIncome", new BigDecimal(total), "netIncome", new BigDecimal("50.00"));
    }

    private static List<String> delivered(String subject) {
        return EventSinkStub.ACKNOWLEDGED.stream().filter(b -> b.contains("\"subject\":\"" + subject + "\"")).toList();
    }

    private static long sequence(String event) {
        Matcher m = Pattern.compile("\"sequence\":\"(\\d+)\"").matcher(event);
        assertTrue(m.find(), event);
        return Long.parseLong(m.group(1));
    }

    @Test
    void aRecordedIncomeAndItsCorrectionReachOrganizationServiceInOrder() {
        Fixtures.village("650106101201", "事件收入村");
        int id = editor().body(account("650106101201", 2021, "300.00")).post("/api/v1/incomes").then().statusCode(201)
                .extract().path("id");
        editor().header("If-Match", "\"0\"").body(account("650106101201", 2021, "400.00")).put("/api/v1/incomes/" + id)
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered("650106101201/2021").size() >= 2);
        List<String> events = delivered("650106101201/2021");
        assertTrue(events.get(0).contains("\"type\":\"org.ruralrevival.income.created\""), events.get(0));
        assertTrue(events.get(1).contains("\"type\":\"org.ruralrevival.income.updated\""), events.get(1));
        assertTrue(events.get(1).contains("\"totalIncome\":400.00"), events.get(1));
        assertTrue(sequence(events.get(0)) < sequence(events.get(1)));
    }

    @Test
    void incomesRecordedWhileOrganizationServiceIsDownAreEachDeliveredOnceWhenItIsBack() {
        Fixtures.village("650106101202", "宕机收入村");
        EventSinkStub.UP.set(false);
        int refusedBefore = EventSinkStub.REFUSED.size();
        try {
            for (int year = 2015; year <= 2017; year++) {
                editor().body(account("650106101202", year, "300.00")).post("/api/v1/incomes").then().statusCode(201);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> EventSinkStub.REFUSED.size() >= refusedBefore + 2);
            assertTrue(delivered("650106101202/2015").isEmpty());
        } finally {
            EventSinkStub.UP.set(true);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !delivered("650106101202/2017").isEmpty());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() ->
                delivered("650106101202/2015").size() == 1 && delivered("650106101202/2016").size() == 1
                        && delivered("650106101202/2017").size() == 1);
        assertTrue(sequence(delivered("650106101202/2015").get(0)) < sequence(delivered("650106101202/2016").get(0)));
        assertTrue(sequence(delivered("650106101202/2016").get(0)) < sequence(delivered("650106101202/2017").get(0)));
    }
}
