package org.ruralrevival.platform.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sends a collection every kind of malformed request a caller might (bodies, ids, headers,
 * query values) and collects any answer that is a 5xx. Bad input must be a 4xx.
 */
public final class BadInputSweep {

    private static final List<String> BODIES = List.of("", "{", "[]", "null", "42", "\"text\"", "{\"name\":", "{}",
            "{\"name\":7}", "{\"year\":1e400}", "{\"year\":99999999999}", "{\"id\":\"x\"}", "{\"name\":\"\\u0000\"}",
            "{\"regionCode\":620123104201}", "{\"date\":\"2021-02-30\"}", "{\"items\":[null]}", "{\"typo\":1}");

    private static final List<String> QUERIES = List.of("region=x", "region=62012", "year=x", "year=1e9", "page=-1",
            "size=100000", "status=x", "type=x", "kind=x", "from=2021-13-01", "organizationId=x");

    private BadInputSweep() {
    }

    /** Every 5xx answer to bad input on these collections (under /api/v1), one line each. */
    public static List<String> fivesOn(Supplier<RequestSpecification> caller, List<String> collections) {
        List<String> fives = new ArrayList<>();
        for (String collection : collections) {
            String base = "/api/v1/" + collection;
            for (String body : BODIES) {
                check(fives, "POST " + base + " " + body, caller.get().body(body).post(base));
                check(fives, "PUT " + base + "/1 " + body, caller.get().header("If-Match", "\"0\"").body(body).put(base + "/1"));
            }
            check(fives, "GET " + base + "/abc", caller.get().get(base + "/abc"));
            check(fives, "GET " + base + "/99999999999999999999", caller.get().get(base + "/99999999999999999999"));
            check(fives, "PUT If-Match junk", caller.get().header("If-Match", "W/\"zz\"").body("{}").put(base + "/1"));
            check(fives, "DELETE If-Match junk", caller.get().header("If-Match", "\"zz\"").delete(base + "/1"));
            check(fives, "DELETE without If-Match", caller.get().delete(base + "/1"));
            check(fives, "POST text/plain", caller.get().contentType("text/plain").body("x").post(base));
            for (String query : QUERIES) {
                check(fives, "GET " + base + "?" + query, caller.get().get(base + "?" + query));
            }
        }
        return fives;
    }

    private static void check(List<String> fives, String what, Response response) {
        if (response.statusCode() >= 500) {
            fives.add(response.statusCode() + " " + what + " → " + response.asString());
        }
    }
}
