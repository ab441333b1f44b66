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
import org.ruralrevival.platform.testing.Tokens;

/** Builds test data through the API, as a caller would, and peeks at stored rows where a test must. */
public final class Fixtures {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private Fixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String role, String region) {
        return given().header("Authorization", Tokens.bearer(role, region)).contentType(ContentType.JSON);
    }

    public static RequestSpecification editor() {
        return as("editor");
    }

    public static RequestSpecification admin() {
        return as("admin");
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
