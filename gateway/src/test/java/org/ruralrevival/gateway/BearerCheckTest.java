package org.ruralrevival.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StubUpstreams.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(SecurityFixture.class)
class BearerCheckTest {

    /** A request that carries its own id, so the stub upstreams can tell whether it reached them. */
    private static RequestSpecification traced(String requestId) {
        return given().header("X-Request-Id", requestId);
    }

    private static void assertRefusedBeforeTheUpstream(String authorization, String detail) {
        String id = UUID.randomUUID().toString();
        RequestSpecification request = traced(id);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.get("/api/v1/regions/620123")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", id)
                .body("type", equalTo("/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", containsString(detail));
        assertFalse(StubUpstreams.SEEN.contains(id), "the upstream was called");
    }

    @Test
    void refusesARequestWithoutAToken() {
        assertRefusedBeforeTheUpstream(null, "needs a Bearer token");
    }

    @Test
    void refusesAnotherAuthenticationScheme() {
        assertRefusedBeforeTheUpstream("Basic YWRtaW46YWRtaW4=", "needs a Bearer token");
    }

    @Test
    void refusesAnExpiredToken() {
        assertRefusedBeforeTheUpstream(SecurityFixture.expired("admin"), "expired");
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertRefusedBeforeTheUpstream(SecurityFixture.otherIssuer("admin"), "not valid");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        assertRefusedBeforeTheUpstream(SecurityFixture.forged("admin"), "not valid");
    }

    @Test
    void refusesAGarbledToken() {
        assertRefusedBeforeTheUpstream("Bearer abc.def.ghi", "not valid");
        // A valid token with its payload swapped for another's keeps the signature but not the content.
        String[] real = SecurityFixture.bearer("viewer").split("\\.");
        String[] admin = SecurityFixture.bearer("admin").split("\\.");
        assertRefusedBeforeTheUpstream(real[0] + "." + admin[1] + "." + real[2], "not valid");
    }

    @Test
    void refusesAWriteWithoutATokenWithoutReadingItsBody() {
        String id = UUID.randomUUID().toString();
        traced(id).contentType("application/json").body("{\"code\":\"620123104201\",\"name\":\"高墩营村\"}")
                .post("/api/v1/regions")
                .then().statusCode(401).contentType("application/problem+json");
        assertFalse(StubUpstreams.SEEN.contains(id));
    }

    @Test
    void passesAValidTokenThroughWithTheAuthorizationHeaderIntact() {
        String token = SecurityFixture.bearer("viewer");
        String id = UUID.randomUUID().toString();
        for (int call = 0; call < 2; call++) { // the second answer comes from the remembered check
            traced(id + call).header("Authorization", token)
                    .get("/api/v1/regions/620123")
                    .then().statusCode(200)
                    .header("X-Echo-Service", "organization")
                    .header("X-Echo-Authorization", token);
            assertTrue(StubUpstreams.SEEN.contains(id + call));
        }
    }

    @Test
    void acceptsTheSchemeNameInAnyCase() {
        String token = SecurityFixture.bearer("editor").substring("Bearer ".length());
        given().header("Authorization", "bearer " + token).get("/api/v1/projects/1")
                .then().statusCode(200).header("X-Echo-Service", "economy");
    }

    @Test
    void forbidsATokenWithoutARoleThisApiServes() {
        String id = UUID.randomUUID().toString();
        traced(id).header("Authorization", SecurityFixture.bearer("guest"))
                .get("/api/v1/regions")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"))
                .body("status", equalTo(403))
                .body("detail", containsString("viewer"));
        assertFalse(StubUpstreams.SEEN.contains(id));
    }

    @Test
    void forbidsTheWrongRoleForWhatTheGatewayServesItself() {
        given().header("Authorization", SecurityFixture.bearer("viewer"))
                .get("/api/gateway-probe/admin-only")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"))
                .body("title", equalTo("Forbidden"))
                .body("status", equalTo(403))
                .body("detail", equalTo("Your role does not allow this operation"));
        given().header("Authorization", SecurityFixture.bearer("admin"))
                .get("/api/gateway-probe/admin-only")
                .then().statusCode(200).body(equalTo("admitted"));
        given().get("/api/gateway-probe/admin-only")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void leavesHealthAndTheTokenEndpointOpen() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200);
        // Reached without a Bearer token: the endpoint's own OAuth answer, not the gateway's 401 problem.
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }
}
