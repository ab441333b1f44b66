package org.ruralrevival.organization.partyorg;

import static org.ruralrevival.organization.Fixtures.editor;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.testing.Tokens;

/** Party organizations and scoped callers for the tests of features built on them. */
public final class Orgs {

    private Orgs() {
    }

    /** Creates an organization through the API and returns its id. */
    public static int create(String name, String type, String regionCode) {
        return create(name, type, regionCode, Map.of());
    }

    public static int create(String name, String type, String regionCode, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("name", name);
        body.put("type", type);
        body.put("regionCode", regionCode);
        return editor().body(body).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    /** A village under a town that {@link Fixtures#countyWithTown} made. */
    public static String village(String code, String name) {
        Fixtures.ensureRegion(code, name);
        return code;
    }

    /** An editor whose token is limited to one region. */
    public static RequestSpecification editorOf(String region) {
        return io.restassured.RestAssured.given().header("Authorization", Tokens.bearer("editor", region))
                .contentType(ContentType.JSON);
    }
}
