package org.ruralrevival.organization.committee;

import static org.ruralrevival.organization.Fixtures.editor;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralrevival.platform.testing.Tokens;

/** Terms and members built through the API. */
final class CommitteeFixtures {

    private CommitteeFixtures() {
    }

    /** A caller limited to another county's region. */
    static RequestSpecification otherCounty(String county6) {
        return RestAssured.given().header("Authorization", Tokens.bearer("editor", county6 + "000000"))
                .contentType(io.restassured.http.ContentType.JSON);
    }

    /** Reads decimals as BigDecimal, so 37.4 is compared exactly. */
    static RequestSpecification exact(RequestSpecification spec) {
        return spec.config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    static int term(String village, int year, String electionDate) {
        return editor().body(Map.of("regionCode", village, "termYear", year, "electionDate", electionDate))
                .post("/api/v1/committee-terms").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> member(int termId, String name, String gender, String birthDate, String education,
            String... posts) {
        Map<String, Object> body = new HashMap<>();
        body.put("termId", termId);
        body.put("name", name);
        body.put("gender", gender);
        body.put("birthDate", birthDate);
        body.put("education", education);
        body.put("posts", List.of(posts));
        return body;
    }

    static int addMember(int termId, String name, String gender, String birthDate, String education, String... posts) {
        return editor().body(member(termId, name, gender, birthDate, education, posts))
                .post("/api/v1/committee-members").then().statusCode(201).extract().path("id");
    }

    static int termTotal(String region) {
        return editor().queryParam("region", region).get("/api/v1/committee-terms").then().statusCode(200)
                .extract().path("total");
    }

    static int memberTotal(int termId) {
        return editor().queryParam("termId", termId).get("/api/v1/committee-members").then().statusCode(200)
                .extract().path("total");
    }
}
