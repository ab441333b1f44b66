package org.ruralrevival.talent;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ruralrevival.platform.identity.IdNumber;
import org.ruralrevival.platform.testing.Stub;
import org.ruralrevival.platform.testing.Tokens;

/**
 * Builds test data through the API, as a caller would, peeks at stored rows where a test must, and
 * keeps the organization-service stub knowing the regions the tests use.
 */
public final class Fixtures {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    /**
     * The division tree organization-service has while these tests run: every region the tests
     * write to (their towns, counties, cities and provinces come with them). Writes naming any
     * other well-formed code are refused (422), as in production.
     */
    static final String[] REGIONS = {
            "150621101201", "150621101202", "150621102201", "150621103201", "150621104201", "150622101201",
            "150623101000", "150623101201", "150623101202", "150624000000", "150624101000", "150624102000",
            "150624103000", "150624103201", "150625000000", "150625101000", "150625101201", "150625101202",
            "150625102000", "150625103000", "620123000000", "620123104201", "620123104202", "620123104203",
            "620123104204", "620123104205", "620123104206", "620123104207", "620123104208", "620123104209",
            "620123104210", "620123104211", "620123104212", "620123104213", "620123104214", "620123104215",
            "620123104216", "620123104217", "620123104218", "620123104219", "620123104220", "620123104221",
            "620123105000", "620123105201", "620123105202", "620123105203", "620123105204", "620123105205",
            "620123105206", "620123105207", "620123105208", "620123109901", "620123106201", "620123106202", "620123106203",
            "620123106204", "620123106205", "620123107000", "620123107201", "620123107202", "620123107203",
            "620123107204", "620123107205", "620123107206", "620123107207", "620123108201", "620123108202",
            "620124000000", "620124101000", "620124101201", "620124101202", "620124101203", "620124101204",
            "620124101205", "620125000000", "620125101201", "620125101202", "620125101203", "620125101204",
            "620125101205", "620125101206", "620126000000", "620126101000", "620126101201", "620126102000",
            "620126103000", "620127101000", "620128101000", "620128101201", "620128101202", "620128102201",
            "620128103000", "620128103201", "620128103202", "620128104000", "620128104201", "620128105201",
            "620129000000", "620129101000", "620129101201", "620129101202", "620129101203",
            // bulk uploads
            "620132101000", "620132101201", "620132101202", "620132101203", "620132101204", "620132101205", "620132101206", "620132101207"
    };

    /** The stub's URL the regions were last registered at: the stub starts empty whenever Quarkus restarts. */
    private static volatile String registeredAt;

    private Fixtures() {
    }

    public static RequestSpecification as(String role) {
        organizationServiceHasTheTestRegions();
        return given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String role, String region) {
        organizationServiceHasTheTestRegions();
        return given().header("Authorization", Tokens.bearer(role, region)).contentType(ContentType.JSON);
    }

    public static RequestSpecification editor() {
        return as("editor");
    }

    public static RequestSpecification admin() {
        return as("admin");
    }

    /** Registers {@link #REGIONS} in the organization-service stub, once per stub (every request goes through {@link #as}). */
    private static void organizationServiceHasTheTestRegions() {
        String url = Stub.url();
        if (!url.equals(registeredAt)) {
            Stub.regions(REGIONS);
            registeredAt = url;
        }
    }

    /** A valid 18-character ID number for someone born on {@code birth}, different on every call. */
    public static String idNumber(LocalDate birth, boolean male) {
        int n = PEOPLE.incrementAndGet();
        String first17 = String.format("62%04d", n / 400) + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", (n % 400) * 2 + (male ? 1 : 0));
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** Every change of this service after {@code after}, as the change feed returns it. */
    public static JsonPath changesAfter(long after) {
        return as("sync").queryParam("after", after).queryParam("limit", 10000).get("/api/v1/changes/talent")
                .then().statusCode(200).extract().jsonPath();
    }

    public static long lastChange() {
        return as("sync").queryParam("after", 0).queryParam("limit", 10000).get("/api/v1/changes/talent")
                .then().statusCode(200).extract().jsonPath().getLong("next");
    }

    /** One column of stored rows, straight from the database (to prove what was, or was not, stored). */
    public static List<?> sql(String nativeQuery, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = CDI.current().select(EntityManager.class).get();
            var q = em.createNativeQuery(nativeQuery);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.getResultList();
        });
    }

    public static long count(String nativeQuery, Object... params) {
        return ((Number) sql(nativeQuery, params).get(0)).longValue();
    }
}
