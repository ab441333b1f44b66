package org.ruralrevival.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ruralrevival.platform.region.DivisionCode;

/** Steers {@link OrganizationServiceStub} from a test: which regions it has and how it behaves. */
public final class Stub {

    private Stub() {
    }

    /** The stub's base URL, as the service under test is configured with it (changes when the stub restarts). */
    public static String url() {
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

    /**
     * organization-service has this region (named {@code name}) and every region above it, up to
     * its province (names made up); levels and parents follow from the code.
     */
    public static void village(String code, String name) {
        DivisionCode region = DivisionCode.of(code);
        List<DivisionCode> above = new ArrayList<>();
        for (Optional<DivisionCode> p = region.parent(); p.isPresent(); p = p.get().parent()) {
            above.add(0, p.get());
        }
        for (DivisionCode a : above) {
            register(a, made(a));
        }
        register(region, name);
    }

    /** organization-service has these regions and everything above them (names made up). */
    public static void regions(String... codes) {
        for (String code : codes) {
            DivisionCode region = DivisionCode.of(code);
            village(code, made(region));
        }
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

    /**
     * Back to ANSWER, and waits until the service's circuit breaker (300 ms in tests) has closed again.
     * {@code unknownCodeWrite} writes something naming a code organization-service does not have and
     * returns the status: only a real answer (422) shows the breaker is closed, while a known village
     * would be served from the local copy even with it open.
     */
    public static void answerWithTheBreakerClosed(java.util.function.IntSupplier unknownCodeWrite) {
        mode("ANSWER");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(100)).until(() -> unknownCodeWrite.getAsInt() == 422);
    }

    /** The X-Request-Id of the last region lookup ("" when it had none). */
    public static String lastRequestId() {
        return given().get(url() + "/stub/last-request-id").then().statusCode(200).extract().asString();
    }

    private static void register(DivisionCode code, String name) {
        region(code.value(), name, code.level().name(), code.parent().map(DivisionCode::value).orElse(null));
    }

    /** A name that shows the level, e.g. 镇620123105 for a town. */
    private static String made(DivisionCode code) {
        String prefix = code.subtreePrefix();
        switch (code.level()) {
            case PROVINCE:
                return "省" + prefix;
            case CITY:
                return "市" + prefix;
            case COUNTY:
                return "县" + prefix;
            case TOWN:
                return "镇" + prefix;
            default:
                return "村" + prefix;
        }
    }
}
