package org.ruralrevival.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The role × region matrix (issue 5, "Done when"): every role {admin, editor, viewer, sync} with
 * every region claim {none, the data's own county, another county}, against a service's
 * representative reads and writes of records in one county (the "home" county). Each check
 * states what the service must answer for a cell; a service's matrix test builds its records
 * once and calls the checks for each cell ({@link #cells()} as a {@code @MethodSource}).
 *
 * <p>What counts as no leak: a caller limited to another county gets 403 or 404 for a record of
 * the home county, 403 for a filter or report of it, a list without the record, and is refused
 * every write there; no caller gets an unmasked ID or phone number unless its role is in
 * {@code platform.personal-data.roles}. Writes that would be allowed are sent with a stale
 * If-Match, so the cell is told apart (412: allowed and in scope) without changing the data.
 */
public final class RegionMatrix {

    public enum Claim { NONE, OWN, OTHER }

    public static final List<String> ROLES = List.of("admin", "editor", "viewer", "sync");

    /** One cell: a role and what its token's region claim is. */
    public record Cell(String role, Claim claim) {
        @Override
        public String toString() {
            return role + "/" + claim;
        }
    }

    private static final String STALE = "\"987654321\"";

    private final String home;
    private final String other;
    private final Set<String> writeRoles;
    private final Set<String> deleteRoles;
    private final Set<String> personalDataRoles;

    /**
     * @param homeCounty the 6-digit county where the records live (the OWN claim)
     * @param otherCounty another county (the OTHER claim)
     */
    public RegionMatrix(String homeCounty, String otherCounty) {
        this(homeCounty, otherCounty, Set.of("admin", "editor", "sync"), Set.of("admin", "editor"));
    }

    public RegionMatrix(String homeCounty, String otherCounty, Set<String> writeRoles, Set<String> deleteRoles) {
        this.home = homeCounty;
        this.other = otherCounty;
        this.writeRoles = writeRoles;
        this.deleteRoles = deleteRoles;
        String configured = ConfigProvider.getConfig().getOptionalValue("platform.personal-data.roles", String.class)
                .orElse("admin");
        this.personalDataRoles = Arrays.stream(configured.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    /** All twelve cells, for {@code @ParameterizedTest @MethodSource}. */
    public static Stream<Arguments> cells() {
        List<Arguments> all = new ArrayList<>();
        for (String role : ROLES) {
            for (Claim claim : Claim.values()) {
                all.add(Arguments.of(new Cell(role, claim)));
            }
        }
        return all.stream();
    }

    public String home() {
        return home;
    }

    public RequestSpecification as(Cell cell) {
        String region = switch (cell.claim()) {
            case NONE -> null;
            case OWN -> home;
            case OTHER -> other;
        };
        return given().header("Authorization", region == null ? Tokens.bearer(cell.role()) : Tokens.bearer(cell.role(), region))
                .contentType(ContentType.JSON);
    }

    private static String where(Cell cell, String what) {
        return cell + " " + what;
    }

    /**
     * The usual checks of one collection: {@code listPath} (a list with filters other than region,
     * short enough to hold the record), the record at {@code recordPath}, and a record to create
     * in the home county; the update is sent with {@code body}, the create with {@code createBody}.
     */
    public void collection(Cell cell, String listPath, String idField, Object id, String recordPath,
            Map<String, Object> createBody, Map<String, Object> body) {
        listWithoutFilter(cell, listPath, idField, id);
        listFilteredToHome(cell, listPath, idField, id);
        getOne(cell, recordPath);
        createInHome(cell, listPath.replaceAll("\\?.*", ""), createBody);
        update(cell, recordPath, body);
        delete(cell, recordPath);
    }

    /** A list without a region filter: the record is in it unless the caller is limited to another county. */
    public void listWithoutFilter(Cell cell, String path, String idField, Object id) {
        Response r = as(cell).get(path);
        assertEquals(200, r.statusCode(), where(cell, "GET " + path + ": " + r.asString()));
        List<Object> ids = r.jsonPath().getList("items." + idField);
        assertEquals(cell.claim() != Claim.OTHER, ids.stream().anyMatch(i -> String.valueOf(i).equals(String.valueOf(id))),
                where(cell, "GET " + path + " lists " + id + " only within scope: " + ids));
    }

    /** A list filtered to the home county: refused (403) to a caller limited to another county. */
    public void listFilteredToHome(Cell cell, String path, String idField, Object id) {
        Response r = as(cell).queryParam("region", home).get(path);
        if (cell.claim() == Claim.OTHER) {
            refused(cell, r, "GET " + path + "?region=" + home, 403);
            return;
        }
        assertEquals(200, r.statusCode(), where(cell, "GET " + path + "?region=" + home + ": " + r.asString()));
        assertTrue(r.jsonPath().getList("items." + idField).stream().anyMatch(i -> String.valueOf(i).equals(String.valueOf(id))),
                where(cell, "lists " + id));
    }

    /** One record of the home county: 403 or 404 outside the scope, never the record. */
    public void getOne(Cell cell, String path) {
        Response r = as(cell).get(path);
        if (cell.claim() == Claim.OTHER) {
            refused(cell, r, "GET " + path, 403, 404);
        } else {
            assertEquals(200, r.statusCode(), where(cell, "GET " + path + ": " + r.asString()));
        }
    }

    /** A report of the home county: 403 to a caller limited to another county. */
    public void report(Cell cell, String path, Map<String, Object> query) {
        Response r = as(cell).queryParams(query).queryParam("region", home).get(path);
        if (cell.claim() == Claim.OTHER) {
            refused(cell, r, "GET " + path + "?region=" + home, 403);
        } else {
            assertEquals(200, r.statusCode(), where(cell, "GET " + path + ": " + r.asString()));
        }
    }

    /**
     * Creating a record in the home county: refused to a role that may not write and to a caller
     * limited to another county. Allowed cells are not sent (they would add records).
     */
    public void createInHome(Cell cell, String path, Map<String, Object> body) {
        boolean mayWrite = writeRoles.contains(cell.role());
        if (mayWrite && cell.claim() != Claim.OTHER) {
            return;
        }
        refused(cell, as(cell).body(body).post(path), "POST " + path, 403);
    }

    /** Replacing a record of the home county, with a stale If-Match: 412 where allowed, else 403/404. */
    public void update(Cell cell, String path, Map<String, Object> body) {
        Response r = as(cell).header("If-Match", STALE).body(body).put(path);
        expectStaleOr403(cell, r, "PUT " + path, writeRoles);
    }

    /** Deleting a record of the home county, with a stale If-Match: 412 where allowed, else 403/404. */
    public void delete(Cell cell, String path) {
        Response r = as(cell).header("If-Match", STALE).delete(path);
        expectStaleOr403(cell, r, "DELETE " + path, deleteRoles);
    }

    /**
     * Personal data of one record: outside the scope no record at all; inside, each field is
     * masked unless the role may see it.
     */
    public void personalData(Cell cell, String path, String... fields) {
        Response r = as(cell).get(path);
        if (cell.claim() == Claim.OTHER) {
            refused(cell, r, "GET " + path, 403, 404);
            return;
        }
        assertEquals(200, r.statusCode(), where(cell, "GET " + path));
        boolean allowed = personalDataRoles.contains(cell.role());
        for (String field : fields) {
            String value = r.jsonPath().getString(field);
            assertFalse(value == null || value.isEmpty(), where(cell, path + " " + field + " is present"));
            assertEquals(!allowed, value.contains("*"), where(cell, path + " " + field + " = " + value));
        }
    }

    private void expectStaleOr403(Cell cell, Response r, String what, Set<String> allowedRoles) {
        if (!allowedRoles.contains(cell.role())) {
            refused(cell, r, what, 403);
        } else if (cell.claim() == Claim.OTHER) {
            refused(cell, r, what, 403, 404);
        } else {
            assertEquals(412, r.statusCode(), where(cell, what + " passes role and scope, stops at If-Match: " + r.asString()));
        }
    }

    private static void refused(Cell cell, Response r, String what, Integer... statuses) {
        assertTrue(Arrays.asList(statuses).contains(r.statusCode()),
                where(cell, what + " must be refused with " + Arrays.toString(statuses) + ", was " + r.statusCode() + ": "
                        + r.asString()));
        r.then().contentType("application/problem+json");
    }
}
