package org.ruralrevival.economy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.ruralrevival.platform.testing.Stub;
import org.ruralrevival.platform.testing.Tokens;

/** Builds test data through the API, as a caller would, and the regions organization-service has. */
public final class Fixtures {

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

    public static RequestSpecification viewer() {
        return as("viewer");
    }

    /** organization-service knows this village and the regions above it (names made up unless given). */
    public static void village(String code, String name) {
        Stub.village(code, name);
    }
}
