package org.ruralrevival.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The allowed origin in tests is https://villages.example.org (SecurityFixture). */
@QuarkusTest
@QuarkusTestResource(value = StubUpstreams.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(SecurityFixture.class)
class CorsTest {

    private static final String ALLOWED = "https://villages.example.org";

    @Test
    void answersAPreflightFromAnAllowedOriginWithoutAToken() {
        String id = UUID.randomUUID().toString();
        given().header("Origin", ALLOWED)
                .header("X-Request-Id", id)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key")
                .options("/api/v1/regions/620123104201")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                // Bearer tokens, not cookies: the browser is not told to send credentials.
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        assertFalse(StubUpstreams.SEEN.contains(id), "a preflight is the gateway's to answer");
    }

    @Test
    void refusesAPreflightFromAnOriginNotConfigured() {
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/regions/620123104201")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void letsTheAllowedOriginReadTheAnswerAndItsETag() {
        given().header("Origin", ALLOWED)
                .header("Authorization", SecurityFixture.bearer("viewer"))
                .get("/api/v1/regions/620123")
                .then().statusCode(200)
                .header("X-Echo-Service", "organization")
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void refusesARequestFromAnOriginNotConfigured() {
        String id = UUID.randomUUID().toString();
        given().header("Origin", "https://evil.example.com")
                .header("X-Request-Id", id)
                .header("Authorization", SecurityFixture.bearer("viewer"))
                .get("/api/v1/regions/620123")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        assertFalse(StubUpstreams.SEEN.contains(id));
    }

    @Test
    void stillAsksForATokenOnTheActualRequest() {
        given().header("Origin", ALLOWED).get("/api/v1/regions")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED));
    }
}
