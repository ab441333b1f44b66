package org.ruralrevival.organization.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.platform.testing.BulkCalls.assertCounts;
import static org.ruralrevival.platform.testing.BulkCalls.changeRows;
import static org.ruralrevival.platform.testing.BulkCalls.field;
import static org.ruralrevival.platform.testing.BulkCalls.rule;
import static org.ruralrevival.platform.testing.BulkCalls.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.testing.BulkCalls;
import org.ruralrevival.platform.testing.Tokens;

/** POST /regions/bulk, matched by division code, and the region export (issue 6). */
@QuarkusTest
class RegionBulkTest {

    private static final String REGIONS = "/api/v1/regions";

    private static String region(String code, String name, String more) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"" + more + "}";
    }

    /** The province and city the tests' counties hang under. */
    private static void city() {
        Fixtures.ensureRegion("650000000000", "新疆");
        Fixtures.ensureRegion("650100000000", "乌鲁木齐市");
    }

    private static JsonNode lastPayload(String code) throws Exception {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        String payload = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT payload FROM outbox_event WHERE entity = 'region' AND entity_key = ?1 ORDER BY seq DESC LIMIT 1")
                .setParameter(1, code).getSingleResult());
        return new ObjectMapper().readTree(payload);
    }

    @Test
    void sameBatchTwiceIsAllUnchangedTheSecondTimeAndFeedsNoNewChanges() throws Exception {
        city();
        List<String> batch = List.of(
                region("650102000000", "天山区", ",\"kind\":\"DISTRICT\""),
                region("650102001000", "批量镇", ""),
                region("650102001201", "批量一村", ",\"tier\":\"LEADING\",\"keyVillage\":true,\"category\":\"川区村\""),
                region("650102001201001", "一社", ""));
        long fed = changeRows(RegionService.ENTITY);

        JsonPath first = upload(REGIONS, batch);
        assertCounts(first, 4, 0, 0, 0);
        assertEquals(fed + 4, changeRows(RegionService.ENTITY));
        // The feed row is the single path's RegionDto, which economy and talent apply as region events.
        JsonNode village = lastPayload("650102001201");
        assertEquals("VILLAGE", village.get("level").asText());
        assertEquals("650102001000", village.get("parentCode").asText());
        assertEquals("LEADING", village.get("tier").asText());
        assertTrue(village.get("keyVillage").asBoolean());
        assertEquals(0, village.get("version").asLong());

        JsonPath second = upload(REGIONS, batch);
        assertCounts(second, 0, 0, 4, 0);
        assertEquals(first.getList("items.id"), second.getList("items.id"));
        assertEquals(fed + 4, changeRows(RegionService.ENTITY), "an unchanged region writes no change-feed row");

        // A renamed village updates that region alone, through PUT's rules.
        JsonPath third = upload(REGIONS, List.of(batch.get(1), batch.get(2).replace("批量一村", "批量新村")));
        assertCounts(third, 0, 1, 1, 0);
        assertEquals(fed + 5, changeRows(RegionService.ENTITY));
        assertEquals("批量新村", lastPayload("650102001201").get("name").asText());
        Fixtures.editor().get(REGIONS + "/650102001201").then().statusCode(200)
                .body("name", equalTo("批量新村")).body("tier", equalTo("LEADING")).header("ETag", "\"1\"");
    }

    @Test
    void malformedRowsAreRefusedWithRowAndFieldWhileTheRestLand() {
        city();
        JsonPath answer = upload(REGIONS, List.of(
                region("650103000000", "沙依巴克区", ""),
                region("650103002201", "先子村", ""),
                region("650103002000", "后父镇", ""),
                region("65010300220", "短码村", ""),
                region("990103002202", "无省村", ""),
                region("650103002203", "错类村", ",\"kind\":\"HAMLET\""),
                region("650103002204", "镇级村", ",\"kind\":\"TOWN\""),
                region("650103002205", "错父村", ",\"parentCode\":\"650103001000\""),
                region("650103009206", "无父村", ""),
                region("650103002207", "后到村", "")));

        assertCounts(answer, 3, 0, 0, 7);
        assertEquals("region.parent.missing", rule(answer, 2), "a child before its parent in the file");
        assertEquals("region.code.shape", rule(answer, 4));
        assertEquals("code", field(answer, 4));
        assertEquals("region.code.province", rule(answer, 5));
        assertEquals("json.enum", rule(answer, 6));
        assertEquals("kind", field(answer, 6));
        assertEquals("region.kind.level", rule(answer, 7));
        assertEquals("parentCode", field(answer, 8));
        assertEquals("region.parent.not-nested", rule(answer, 8));
        assertEquals("region.parent.missing", rule(answer, 9));
        Fixtures.editor().queryParam("region", "650103").get(REGIONS).then().statusCode(200)
                .body("items.code", equalTo(List.of("650103000000", "650103002000", "650103002207")));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() {
        city();
        assertCounts(upload(REGIONS, List.of(
                region("650104000000", "新市区", ",\"kind\":\"DISTRICT\""),
                region("650104003000", "导出镇", ",\"kind\":\"SUBDISTRICT\""),
                region("650104003201", "导出村", ",\"kind\":\"COMMUNITY\",\"category\":\"城郊, \\\"示范\\\"\",\"tier\":\"LAGGING\","
                        + "\"weakAndLax\":true,\"weakEconomy\":true,\"demonstration\":true"))), 3, 0, 0, 0);
        long fed = changeRows(RegionService.ENTITY);

        byte[] csv = BulkCalls.export(REGIONS, BulkCalls.CSV, "650104");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF区划代码,名称"), text);
        assertEquals(4, text.strip().split("\n").length, text);
        assertCounts(upload(REGIONS, BulkCalls.CSV, csv), 0, 0, 3, 0);
        assertCounts(upload(REGIONS, BulkCalls.XLSX, BulkCalls.export(REGIONS, BulkCalls.XLSX, "650104")), 0, 0, 3, 0);
        assertEquals(fed, changeRows(RegionService.ENTITY));
    }

    @Test
    void aCallerScopedToACountyLandsItsOwnRowsAndIsRefusedTheRestRowByRow() {
        city();
        Fixtures.region("650105000000", "水磨沟区");
        long fed = changeRows(RegionService.ENTITY);
        String lines = String.join("\n", List.of(
                region("650105001000", "本县镇", ""),
                region("650105001201", "本县村", ""),
                region("650106000000", "邻县", ""),
                region("650106001000", "邻县镇", ""),
                region("650105000000", "水磨沟区（改）", ""))) + "\n";
        JsonPath answer = given().header("Authorization", Tokens.bearer("editor", "650105000000"))
                .contentType(BulkCalls.NDJSON).body(lines.getBytes(StandardCharsets.UTF_8))
                .post(REGIONS + "/bulk").then().statusCode(200).extract().jsonPath();

        assertCounts(answer, 2, 1, 0, 2);
        assertEquals("problem.forbidden.region", rule(answer, 3));
        // The refused county's town is not hung under a parent that was never written.
        assertEquals("region.parent.missing", rule(answer, 4));
        assertEquals(fed + 3, changeRows(RegionService.ENTITY));
        Fixtures.editor().get(REGIONS + "/650105000000").then().statusCode(200)
                .body("name", equalTo("水磨沟区（改）")).header("ETag", "\"1\"");
        Fixtures.editor().get(REGIONS + "/650106000000").then().statusCode(404);
    }
}
