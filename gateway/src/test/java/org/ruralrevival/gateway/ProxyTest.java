package org.ruralrevival.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StubUpstreams.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(SecurityFixture.class)
class ProxyTest {

    private static final String ADMIN = SecurityFixture.bearer("admin");

    /** Every /api call needs a token at the gateway; these tests are about what happens after it. */
    private static RequestSpecification api() {
        return given().header("Authorization", ADMIN);
    }

    @Test
    void passesAGetWithItsQueryAndHeadersThrough() {
        api().header("Accept-Language", "zh-CN")
                .urlEncodingEnabled(false)
                .get("/api/v1/regions/620123/children?page=0&size=5&name=%E5%85%9A")
                .then().statusCode(200)
                .header("X-Echo-Service", "organization")
                .header("X-Echo-Method", "GET")
                .header("X-Echo-Path", "/api/v1/regions/620123/children")
                .header("X-Echo-Query", "page=0&size=5&name=%E5%85%9A")
                .header("X-Echo-Authorization", ADMIN)
                .header("X-Echo-Accept-Language", "zh-CN")
                .header("ETag", "\"3\"");
    }

    @Test
    void sendsAPostBodyAndItsIdempotencyKeyByteForByte() {
        // Odd spacing, a trailing zero and Chinese: any decode/re-encode would change these bytes.
        byte[] body = "{ \"name\" :  \"张家村集体经济组织\", \"amount\": 1.50 }\n".getBytes(StandardCharsets.UTF_8);
        Response answer = api().header("Idempotency-Key", "7f3c-42")
                .contentType("application/json; charset=UTF-8")
                .body(body)
                .post("/api/v1/incomes");
        answer.then().statusCode(200)
                .header("X-Echo-Service", "economy")
                .header("X-Echo-Method", "POST")
                .header("X-Echo-Idempotency-Key", "7f3c-42");
        assertArrayEquals(body, answer.asByteArray());
    }

    @Test
    void streamsALargeUploadWithoutAContentLength() {
        byte[] body = new byte[3 * 1024 * 1024 + 7];
        new java.util.Random(42).nextBytes(body);
        Response answer = api().contentType("application/octet-stream")
                .body(new java.io.ByteArrayInputStream(body)) // an InputStream goes out chunked
                .post("/api/v1/member-points");
        answer.then().statusCode(200).header("X-Echo-Service", "organization");
        assertArrayEquals(body, answer.asByteArray());
    }

    @Test
    void passesAPutWithIfMatchAndTheUpstreamProblemThroughUnchanged() {
        byte[] answer = api().header("If-Match", "\"2\"")
                .header("X-Stub-Status", "412")
                .contentType("application/json")
                .body("{\"score\":90}")
                .put("/api/v1/ratings/7")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .header("X-Echo-If-Match", "\"2\"")
                .header("X-Echo-Method", "PUT")
                .extract().asByteArray();
        assertArrayEquals(StubUpstreams.PROBLEM_412.getBytes(StandardCharsets.UTF_8), answer);
    }

    @Test
    void generatesARequestIdWhenTheCallerSendsNone() {
        Response answer = api().get("/api/v1/members");
        answer.then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        assertEquals(answer.header("X-Request-Id"), answer.header("X-Echo-X-Request-Id"));
    }

    @Test
    void keepsTheCallersRequestId() {
        api().header("X-Request-Id", "caller-123")
                .get("/api/v1/projects/5")
                .then().statusCode(200)
                .header("X-Request-Id", "caller-123")
                .header("X-Echo-X-Request-Id", "caller-123");
    }

    @Test
    void replacesARequestIdTheServicesWouldNotAccept() {
        // The services accept 1-128 log-safe characters; the gateway must pass on the id they will log.
        Response answer = api().header("X-Request-Id", "two words\tand a tab").get("/api/v1/projects/5");
        answer.then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        assertEquals(answer.header("X-Request-Id"), answer.header("X-Echo-X-Request-Id"));
    }

    @Test
    void tellsTheUpstreamWhoAskedAndHow() {
        api().get("/api/v1/organizations")
                .then().statusCode(200)
                .header("X-Echo-X-Forwarded-For", equalTo("127.0.0.1"))
                .header("X-Echo-X-Forwarded-Proto", "http")
                .header("X-Echo-X-Forwarded-Host", matchesPattern("localhost:\\d+"));
    }

    @Test
    void routesReportsAndChangeFeedsToTheirOwners() {
        api().get("/api/v1/reports/organization?region=620123&year=2024").then().statusCode(200)
                .header("X-Echo-Service", "organization");
        api().get("/api/v1/reports/economy").then().statusCode(200).header("X-Echo-Service", "economy");
        api().get("/api/v1/changes/economy?after=10").then().statusCode(200)
                .header("X-Echo-Service", "economy")
                .header("X-Echo-Path", "/api/v1/changes/economy")
                .header("X-Echo-Query", "after=10");
        api().get("/api/v1/changes/organization").then().statusCode(200).header("X-Echo-Service", "organization");
        // talent-service is down in these stubs: its own name in the 502 shows where the feed was sent.
        api().get("/api/v1/changes/talent?after=0").then().statusCode(502)
                .body("detail", equalTo("talent-service did not answer"));
    }

    @Test
    void answersAnUnknownCollectionWithNotFound() {
        for (String path : new String[] {"/api/v1/nonsense", "/api/v1/regionsx", "/api/v1/reports/unknown",
                "/api/v1/changes/nobody", "/api/v1/changes"}) {
            api().get(path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"))
                    .body("status", equalTo(404))
                    .body("detail", notNullValue())
                    .header("X-Request-Id", notNullValue());
        }
    }

    @Test
    void doesNotExposeTheServicesEventInbox() {
        api().contentType("application/json").body("{}").post("/api/v1/events")
                .then().statusCode(404).contentType("application/problem+json");
        api().get("/api/v1/events").then().statusCode(404);
    }

    @Test
    void answersBadGatewayWhenTheUpstreamIsDown() {
        api().get("/api/v1/experts")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/bad-gateway"))
                .body("title", equalTo("Bad gateway"))
                .body("status", equalTo(502))
                .body("detail", equalTo("talent-service did not answer"));
    }

    @Test
    void answersGatewayTimeoutWhenTheUpstreamHangs() {
        long start = System.nanoTime();
        api().header("X-Stub-Hang", "5000")
                .get("/api/v1/activities")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/gateway-timeout"))
                .body("title", equalTo("Gateway timeout"))
                .body("status", equalTo(504))
                .body("detail", equalTo("organization-service did not answer in time"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 4000, "took " + millis + " ms");
    }
}
