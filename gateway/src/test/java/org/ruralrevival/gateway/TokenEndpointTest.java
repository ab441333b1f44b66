package org.ruralrevival.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StubUpstreams.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(SecurityFixture.class)
class TokenEndpointTest {

    @Inject
    JWTParser parser;

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static String basic(String id, String secret) {
        // RFC 6749 §2.3.1: both parts are form-encoded before they go into Basic.
        String pair = java.net.URLEncoder.encode(id, StandardCharsets.UTF_8) + ":"
                + java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void issuesATokenThatCarriesTheClientsRolesAndRegion() throws Exception {
        JsonPath answer = form().header("Authorization", basic(SecurityFixture.VILLAGE_APP, SecurityFixture.VILLAGE_APP_SECRET))
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(600))
                .body("scope", equalTo("editor viewer"))
                .body("access_token", notNullValue())
                .extract().jsonPath();
        JsonWebToken jwt = parser.parse(answer.getString("access_token"));
        assertEquals("rural-revival", jwt.getIssuer());
        assertEquals(SecurityFixture.VILLAGE_APP, jwt.getSubject());
        assertEquals(Set.of("editor", "viewer"), jwt.getGroups());
        assertEquals("620123", jwt.getClaim("region"));
        long lifetime = jwt.getExpirationTime() - jwt.getIssuedAtTime();
        assertEquals(600, lifetime);
    }

    @Test
    void issuedTokenOpensTheApiAndReachesTheServiceUnchanged() {
        String token = form().formParam("grant_type", "client_credentials")
                .formParam("client_id", SecurityFixture.COUNTY_BI)
                .formParam("client_secret", SecurityFixture.COUNTY_BI_SECRET)
                .post("/oauth/token")
                .then().statusCode(200).body("scope", equalTo("viewer"))
                .extract().path("access_token");
        given().header("Authorization", "Bearer " + token).get("/api/v1/incomes?year=2024")
                .then().statusCode(200)
                .header("X-Echo-Service", "economy")
                .header("X-Echo-Authorization", "Bearer " + token);
    }

    @Test
    void narrowsTheTokenToTheScopeAskedFor() throws Exception {
        String token = form().header("Authorization", basic(SecurityFixture.VILLAGE_APP, SecurityFixture.VILLAGE_APP_SECRET))
                .formParam("grant_type", "client_credentials").formParam("scope", "viewer")
                .post("/oauth/token")
                .then().statusCode(200).body("scope", equalTo("viewer"))
                .extract().path("access_token");
        assertEquals(Set.of("viewer"), parser.parse(token).getGroups());
    }

    @Test
    void refusesAScopeBeyondTheClientsRoles() {
        form().header("Authorization", basic(SecurityFixture.COUNTY_BI, SecurityFixture.COUNTY_BI_SECRET))
                .formParam("grant_type", "client_credentials").formParam("scope", "viewer admin")
                .post("/oauth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_scope"))
                .body("access_token", equalTo(null));
    }

    @Test
    void refusesAWrongSecret() {
        form().header("Authorization", basic(SecurityFixture.VILLAGE_APP, SecurityFixture.COUNTY_BI_SECRET))
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then().statusCode(401)
                .contentType("application/json")
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("error", equalTo("invalid_client"))
                .body("error_description", notNullValue())
                .body("access_token", equalTo(null));
    }

    @Test
    void refusesAnUnknownClientLikeAWrongSecret() {
        String unknown = form().formParam("grant_type", "client_credentials")
                .formParam("client_id", "nobody").formParam("client_secret", SecurityFixture.COUNTY_BI_SECRET)
                .post("/oauth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"))
                .extract().path("error_description");
        String wrong = form().formParam("grant_type", "client_credentials")
                .formParam("client_id", SecurityFixture.COUNTY_BI).formParam("client_secret", "not-it")
                .post("/oauth/token")
                .then().statusCode(401).extract().path("error_description");
        assertEquals(wrong, unknown, "the answer must not tell which client ids exist");
    }

    @Test
    void refusesAGrantTypeOtherThanClientCredentials() {
        form().header("Authorization", basic(SecurityFixture.COUNTY_BI, SecurityFixture.COUNTY_BI_SECRET))
                .formParam("grant_type", "password").formParam("username", "a").formParam("password", "b")
                .post("/oauth/token")
                .then().statusCode(400)
                .body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void refusesARequestMissingItsGrantTypeOrNotAForm() {
        form().header("Authorization", basic(SecurityFixture.COUNTY_BI, SecurityFixture.COUNTY_BI_SECRET))
                .formParam("scope", "viewer")
                .post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().header("Authorization", basic(SecurityFixture.COUNTY_BI, SecurityFixture.COUNTY_BI_SECRET))
                .contentType("application/json").body("{\"grant_type\":\"client_credentials\"}")
                .post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().header("Authorization", basic(SecurityFixture.COUNTY_BI, SecurityFixture.COUNTY_BI_SECRET))
                .post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        form().header("Authorization", basic(SecurityFixture.COUNTY_BI, SecurityFixture.COUNTY_BI_SECRET))
                .body("grant_type=client_credentials&grant_type=client_credentials")
                .post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        form().body("grant_type=client_credentials&client_id=%zz").post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void refusesTwoWaysOfAuthenticatingAtOnceAndNoneAtAll() {
        form().header("Authorization", basic(SecurityFixture.COUNTY_BI, SecurityFixture.COUNTY_BI_SECRET))
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", SecurityFixture.COUNTY_BI)
                .formParam("client_secret", SecurityFixture.COUNTY_BI_SECRET)
                .post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        form().formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
        form().header("Authorization", "Basic not*base64").formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void issuesADifferentTokenEachTime() {
        String first = form().formParam("grant_type", "client_credentials")
                .formParam("client_id", SecurityFixture.COUNTY_BI).formParam("client_secret", SecurityFixture.COUNTY_BI_SECRET)
                .post("/oauth/token").then().statusCode(200).extract().path("access_token");
        form().formParam("grant_type", "client_credentials")
                .formParam("client_id", SecurityFixture.COUNTY_BI).formParam("client_secret", SecurityFixture.COUNTY_BI_SECRET)
                .post("/oauth/token").then().statusCode(200).body("access_token", not(equalTo(first)));
        assertEquals(3, first.split("\\.").length);
    }
}
