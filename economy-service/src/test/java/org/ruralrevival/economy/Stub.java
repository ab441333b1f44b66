package org.ruralrevival.economy;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

/** Steers {@link OrganizationServiceStub} from a test: which regions it has and how it behaves. */
public final class Stub {

    private Stub() {
    }

    static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.organization-service.url", String.class);
    }

    /** organization-service has this region from now on. */
    public static void region(String code, String name, String level, String parentCode) {
        var request = given().queryParam("code", code).queryParam("name", name)
                .queryParam("level", level);
        if (parentCode != null) {
            request.queryParam("parentCode", parentCode);
        }
        request.post(url() + "/stub/regions").then().statusCode(204);
    }

    public static void forget(String code) {
        given().queryParam("code", code).post(url() + "/stub/forget").then().statusCode(204);
    }

    /** ANSWER (default), FAIL (500 on every call) or SLOW (answers after the client's timeout). */
    public static void mode(String mode) {
        given().queryParam("mode", mode).post(url() + "/stub/mode").then().statusCode(204);
    }

    public static int calls() {
        return Integer.parseInt(given().get(url() + "/stub/calls").then().statusCode(200)
                .extract().asString());
    }

    public static String lastAuthorization() {
        return given().get(url() + "/stub/last-authorization").then().statusCode(200)
                .extract().asString();
    }
}
