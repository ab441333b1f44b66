package org.ruralrevival.gateway.view;

import org.ruralrevival.gateway.SecurityFixture;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = ViewStubs.class, restrictToAnnotatedClass = true)
class ViewResourceTest {

    private static final String VILLAGE = "620123104201";
    private static final String TOKEN = SecurityFixture.bearer("viewer");

    /** A caller whose request id steers the stubs (see {@link ViewStubs}) and is unique per test. */
    private static RequestSpecification caller(String steps) {
        return given().header("Authorization", TOKEN)
                .header("Accept-Language", "zh-CN")
                .header("X-Request-Id", steps + "+id:" + UUID.randomUUID());
    }

    @Test
    void profileAssemblesEveryPartFromTheThreeServices() {
        String filter = "region=" + VILLAGE + "&size=500";
        caller("all-up").get("/api/v1/villages/" + VILLAGE + "/profile")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("all-up\\+id:.*"))
                .body("code", equalTo(VILLAGE))
                .body("region.code", equalTo(VILLAGE))
                .body("region.name", equalTo("高墩营村"))
                .body("organizations[0].service", equalTo("organization"))
                .body("organizations[0].path", equalTo("/api/v1/organizations"))
                .body("organizations[0].query", equalTo(filter))
                .body("organizations[0].authorization", equalTo(TOKEN))
                .body("organizations[0].acceptLanguage", equalTo("zh-CN"))
                .body("ratings[0].path", equalTo("/api/v1/ratings"))
                .body("ratings[0].query", equalTo(filter))
                .body("committeeTerm.id", equalTo(102))
                .body("committeeTerm.termYear", equalTo(2021))
                .body("committeeMembers.name", contains("王建国", "李秀英"))
                .body("incomes[0].service", equalTo("economy"))
                .body("incomes[0].path", equalTo("/api/v1/incomes"))
                .body("incomes[0].query", equalTo(filter))
                .body("incomes[0].authorization", equalTo(TOKEN))
                .body("projects[0].path", equalTo("/api/v1/projects"))
                .body("reserveCadres[0].service", equalTo("talent"))
                .body("reserveCadres[0].path", equalTo("/api/v1/reserve-cadres"))
                .body("reserveCadres[0].query", equalTo(filter))
                .body("dispatches[0].path", equalTo("/api/v1/dispatches"))
                .body("dispatches[0].acceptLanguage", equalTo("zh-CN"))
                .body("missing", empty());
    }

    @Test
    void profileAnswersTheOtherPartsWhenAServiceFails() {
        caller("status:/api/v1/incomes:500+status:/api/v1/projects:503")
                .get("/api/v1/villages/" + VILLAGE + "/profile")
                .then().statusCode(200)
                .body("region.code", equalTo(VILLAGE))
                .body("committeeMembers", hasSize(2))
                .body("reserveCadres", hasSize(1))
                .body("incomes", nullValue())
                .body("projects", nullValue())
                .body("missing", hasSize(2))
                .body("missing.part", contains("incomes", "projects"))
                .body("missing.service", contains("economy-service", "economy-service"))
                .body("missing.status", contains(500, 503))
                .body("missing[0].detail", equalTo("economy-service: stub refused /api/v1/incomes"));
    }

    @Test
    void profileLeavesOutTheMembersWhenTheTermsAreMissing() {
        caller("status:/api/v1/committee-terms:500").get("/api/v1/villages/" + VILLAGE + "/profile")
                .then().statusCode(200)
                .body("committeeTerm", nullValue())
                .body("committeeMembers", nullValue())
                .body("missing.part", contains("committeeTerm", "committeeMembers"))
                .body("missing.status", contains(500, 500));
    }

    @Test
    void profileAnswersWithinTheTimeoutWhenAServiceHangs() {
        long start = System.nanoTime();
        caller("hang:/api/v1/incomes").get("/api/v1/villages/" + VILLAGE + "/profile")
                .then().statusCode(200)
                .body("region.code", equalTo(VILLAGE))
                .body("projects", hasSize(1))
                .body("incomes", nullValue())
                .body("missing", hasSize(1))
                .body("missing[0].part", equalTo("incomes"))
                .body("missing[0].status", equalTo(504))
                .body("missing[0].detail", equalTo("economy-service did not answer within 3000 ms"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // The view timeout is 3 s here and the stub hangs for 10 s.
        assertTrue(millis < 8000, "took " + millis + " ms");
    }

    @Test
    void profilePassesOnTheUnknownVillageAsNotFound() {
        caller("status:/api/v1/regions/:404").get("/api/v1/villages/" + VILLAGE + "/profile")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("stub refused /api/v1/regions/" + VILLAGE));
    }

    @Test
    void profileStillAnswersWhenOnlyAListIsNotFound() {
        caller("status:/api/v1/dispatches:404").get("/api/v1/villages/" + VILLAGE + "/profile")
                .then().statusCode(200)
                .body("dispatches", nullValue())
                .body("missing.part", contains("dispatches"))
                .body("missing.status", contains(404));
    }

    @Test
    void profilePassesOnAServicesRefusalOfTheCaller() {
        caller("status:/api/v1/reserve-cadres:403").get("/api/v1/villages/" + VILLAGE + "/profile")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", equalTo("stub refused /api/v1/reserve-cadres"));
        caller("status:/api/v1/:401").get("/api/v1/villages/" + VILLAGE + "/profile")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void profileRejectsWhatIsNotAVillageCode() {
        for (String code : new String[] {"62012310420", "6201231042011", "62012310420x", "620123104000",
                "620100000201", "620123000201"}) {
            caller("bad-code").get("/api/v1/villages/" + code + "/profile")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("status", equalTo(400))
                    .body("errors[0].field", equalTo("code"))
                    .body("errors[0].rule", equalTo("view.code"))
                    .body("errors[0].message", containsString(code));
        }
        given().header("Authorization", TOKEN).header("Accept-Language", "en").get("/api/v1/villages/620123104000/profile")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("\"620123104000\" is not a village code: 12 digits whose city, town "
                        + "and village parts are not all zeros"));
        given().header("Authorization", TOKEN).header("Accept-Language", "zh-CN,zh;q=0.9").get("/api/v1/villages/620123104000/profile")
                .then().statusCode(400)
                .body("title", equalTo("请求不合法"))
                .body("errors[0].message", containsString("不是村级区划代码"));
    }

    @Test
    void summaryCombinesTheThreeReports() {
        caller("summary").get("/api/v1/reports/summary?region=620123&year=2021")
                .then().statusCode(200)
                .body("region", equalTo("620123"))
                .body("year", equalTo(2021))
                .body("organization.service", equalTo("organization"))
                .body("organization.path", equalTo("/api/v1/reports/organization"))
                .body("organization.query", equalTo("region=620123&year=2021"))
                .body("organization.authorization", equalTo(TOKEN))
                .body("economy.service", equalTo("economy"))
                .body("economy.path", equalTo("/api/v1/reports/economy"))
                .body("economy.query", equalTo("region=620123&year=2021"))
                .body("talent.service", equalTo("talent"))
                .body("talent.path", equalTo("/api/v1/reports/talent"))
                .body("talent.acceptLanguage", equalTo("zh-CN"))
                .body("missing", empty());
    }

    @Test
    void summaryWithoutARegionAsksForTheCallersWholeScope() {
        caller("scope").get("/api/v1/reports/summary?year=2021")
                .then().statusCode(200)
                .body("region", nullValue())
                .body("organization.query", equalTo("year=2021"))
                .body("talent.query", equalTo("year=2021"));
    }

    @Test
    void summaryAnswersWithinTheTimeoutWhenAServiceHangs() {
        long start = System.nanoTime();
        caller("hang:/reports/economy").get("/api/v1/reports/summary?region=620123&year=2021")
                .then().statusCode(200)
                .body("organization.service", equalTo("organization"))
                .body("talent.service", equalTo("talent"))
                .body("economy", nullValue())
                .body("missing", hasSize(1))
                .body("missing[0].part", equalTo("economy"))
                .body("missing[0].service", equalTo("economy-service"))
                .body("missing[0].status", equalTo(504));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 8000, "took " + millis + " ms");
    }

    @Test
    void summaryPassesOnARefusalButNotAnUnknownRegion() {
        caller("status:/reports/talent:401").get("/api/v1/reports/summary?region=620123&year=2021")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        caller("status:/reports/organization:403").get("/api/v1/reports/summary?region=620123&year=2021")
                .then().statusCode(403).contentType("application/problem+json");
        caller("status:/reports/economy:404").get("/api/v1/reports/summary?region=620123&year=2021")
                .then().statusCode(200)
                .body("economy", nullValue())
                .body("missing.part", contains("economy"))
                .body("missing.status", contains(404));
    }

    @Test
    void summaryRejectsAMalformedRegionOrYear() {
        String[][] cases = {
                {"region=62012&year=2021", "region", "view.region"},
                {"region=62012x&year=2021", "region", "view.region"},
                {"region=620123", "year", "view.year.required"},
                {"region=620123&year=20x1", "year", "view.year"},
                {"region=620123&year=1800", "year", "view.year"},
                {"region=620123&year=21", "year", "view.year"},
        };
        for (String[] c : cases) {
            caller("bad-input").get("/api/v1/reports/summary?" + c[0])
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors[0].field", equalTo(c[1]))
                    .body("errors[0].rule", equalTo(c[2]));
        }
    }

    @Test
    void callsTheServicesInParallel() {
        // Every stub answer takes 1 s: one after the other, nine calls would take 9 s and three 3 s.
        String profileId = "delay:1000+id:" + UUID.randomUUID();
        long start = System.nanoTime();
        given().header("Authorization", TOKEN).header("X-Request-Id", profileId).get("/api/v1/villages/" + VILLAGE + "/profile")
                .then().statusCode(200).body("missing", empty());
        long profileMillis = (System.nanoTime() - start) / 1_000_000;
        String summaryId = "delay:1000+id:" + UUID.randomUUID();
        given().header("Authorization", TOKEN).header("X-Request-Id", summaryId).get("/api/v1/reports/summary?year=2021")
                .then().statusCode(200).body("missing", empty());

        // Calls made one at a time would never overlap. All nine normally do; a machine too busy to
        // send them within the same second may split them, so the profile is held to most of them.
        assertTrue(mostAtOnce(profileId) >= 5, "profile calls in progress at once: " + mostAtOnce(profileId));
        assertEquals(3, mostAtOnce(summaryId), "summary calls in progress at once");
        assertTrue(profileMillis < 6000, "profile took " + profileMillis + " ms");
    }

    /** The stubs count every service's calls, so any one of them knows the whole overlap. */
    private static int mostAtOnce(String requestId) {
        String stub = ConfigProvider.getConfig().getValue("gateway.routes.organization.url", String.class);
        return given().baseUri(stub).queryParam("id", requestId).get("/_stub/overlap")
                .then().statusCode(200).extract().as(Integer.class);
    }
}
