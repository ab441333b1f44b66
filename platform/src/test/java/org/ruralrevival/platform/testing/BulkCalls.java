package org.ruralrevival.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What the bulk tests of every collection do: upload a batch, export a list as CSV or .xlsx, count
 * the change-feed rows of an entity, and read one record's line of the report.
 */
public final class BulkCalls {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private BulkCalls() {
    }

    /** POSTs the body to {@code <collection path>/bulk} as a sync caller; answers the report. */
    public static JsonPath upload(String collectionPath, String contentType, byte[] body) {
        return given().header("Authorization", Tokens.bearer("sync")).contentType(contentType).body(body)
                .post(collectionPath + "/bulk").then().statusCode(200).extract().jsonPath();
    }

    /** NDJSON from lines of JSON. */
    public static JsonPath upload(String collectionPath, List<String> lines) {
        return upload(collectionPath, NDJSON, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The list of the region as CSV or .xlsx ({@code accept}), read by an admin. */
    public static byte[] export(String collectionPath, String accept, String region) {
        return given().header("Authorization", Tokens.bearer("admin")).accept(accept).queryParam("region", region)
                .get(collectionPath).then().statusCode(200).extract().asByteArray();
    }

    /** The rows of the change feed for {@code entity} so far. */
    public static long changeRows(String entity) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM outbox_event WHERE entity = ?1").setParameter(1, entity).getSingleResult()).longValue());
    }

    /** Asserts the answer's counts: created, updated, unchanged, refused. */
    public static void assertCounts(JsonPath answer, int created, int updated, int unchanged, int refused) {
        assertEquals(List.of(created, updated, unchanged, refused), List.of(answer.getInt("created"),
                answer.getInt("updated"), answer.getInt("unchanged"), answer.getInt("refused")), answer.prettify());
    }

    /** The report line of a row. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> line(JsonPath answer, int row) {
        List<Map<String, Object>> items = answer.getList("items");
        return items.stream().filter(i -> ((Number) i.get("row")).intValue() == row).findFirst().orElseThrow();
    }

    /** The rule a refused row broke: its first field error's, or the refusal's own. */
    @SuppressWarnings("unchecked")
    public static String rule(JsonPath answer, int row) {
        Map<String, Object> item = line(answer, row);
        assertEquals("REFUSED", item.get("outcome"), answer.prettify());
        List<Map<String, Object>> errors = (List<Map<String, Object>>) item.get("errors");
        return errors == null || errors.isEmpty() ? (String) item.get("rule") : (String) errors.get(0).get("rule");
    }

    /** The field a refused row's first error names. */
    @SuppressWarnings("unchecked")
    public static String field(JsonPath answer, int row) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) line(answer, row).get("errors");
        return (String) errors.get(0).get("field");
    }
}
