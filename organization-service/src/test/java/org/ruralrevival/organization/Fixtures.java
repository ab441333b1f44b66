package org.ruralrevival.organization;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.ruralrevival.platform.testing.Tokens;

/** Builds test data through the API, as a caller would. */
public final class Fixtures {

    private Fixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification editor() {
        return as("editor");
    }

    public static RequestSpecification admin() {
        return as("admin");
    }

    /** Creates a region (and nothing else); the parent must exist. */
    public static void region(String code, String name) {
        region(code, name, Map.of());
    }

    public static void region(String code, String name, Map<String, Object> attributes) {
        var body = new java.util.HashMap<String, Object>(attributes);
        body.put("code", code);
        body.put("name", name);
        editor().body(body).post("/api/v1/regions").then().statusCode(201);
    }

    /** Province, city, county and one town of a fresh county, so tests do not collide. */
    public static void countyWithTown(String county6, String town3) {
        String province = county6.substring(0, 2) + "0000000000";
        String city = county6.substring(0, 4) + "00000000";
        ensureRegion(province, "省" + county6.substring(0, 2));
        ensureRegion(city, "市" + county6.substring(0, 4));
        ensureRegion(county6 + "000000", "县" + county6);
        ensureRegion(county6 + town3 + "000", "镇" + county6 + town3);
    }

    public static void ensureRegion(String code, String name) {
        int status = editor().get("/api/v1/regions/" + code).statusCode();
        if (status == 404) {
            region(code, name);
        }
    }
}
