package org.ruralrevival.organization.partyorg;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.platform.testing.BulkCalls.assertCounts;
import static org.ruralrevival.platform.testing.BulkCalls.changeRows;
import static org.ruralrevival.platform.testing.BulkCalls.field;
import static org.ruralrevival.platform.testing.BulkCalls.line;
import static org.ruralrevival.platform.testing.BulkCalls.rule;
import static org.ruralrevival.platform.testing.BulkCalls.upload;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.testing.BulkCalls;
import org.ruralrevival.platform.testing.Tokens;

/** POST /organizations/bulk, matched by externalRef or by region and name, and the export (issue 6). */
@QuarkusTest
class OrganizationBulkTest {

    private static final String ORGS = "/api/v1/organizations";

    private static String org(String name, String type, String region, String more) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"regionCode\":\"" + region + "\"" + more + "}";
    }

    private static String ref(String id) {
        return ",\"externalRef\":{\"system\":\"bulk-test\",\"id\":\"" + id + "\"}";
    }

    /** History states of organizations in a subtree: all, or only the current ones. */
    private static long history(String prefix, boolean currentOnly) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM party_organization_history WHERE region_code LIKE ?1"
                        + (currentOnly ? " AND valid_to IS NULL" : "")).setParameter(1, prefix + "%")
                .getSingleResult()).longValue());
    }

    @Test
    void sameBatchTwiceIsAllUnchangedTheSecondTimeAndFeedsNoNewChanges() {
        Fixtures.countyWithTown("630502", "001");
        String town = "630502001000";
        String village = Orgs.village("630502001201", "批量一村");
        Orgs.village("630502001202", "批量二村");
        int committee = Orgs.create("中共批量镇委员会", "COMMITTEE", town);
        List<String> batch = List.of(
                org("中共批量一村总支部委员会", "GENERAL_BRANCH", village, ",\"parentId\":" + committee
                        + ",\"coveredRegions\":[\"630502001202\"],\"foundedOn\":\"1998-07-01\"" + ref("ORG-1")),
                org("中共批量镇机关支部委员会", "AGENCY_BRANCH", town, ",\"parentId\":" + committee),
                org("中共批量镇企业支部委员会", "ENTERPRISE_BRANCH", town, ref("ORG-3")),
                org("中共批量二村支部委员会", "BRANCH", "630502001202", ""));
        long fed = changeRows(PartyOrganizationService.ENTITY);
        long states = history("630502", false);

        JsonPath first = upload(ORGS, batch);
        assertCounts(first, 4, 0, 0, 0);
        assertEquals(fed + 4, changeRows(PartyOrganizationService.ENTITY));
        assertEquals(states + 4, history("630502", false), "every new organization starts its history");
        Number branch = (Number) line(first, 1).get("id");
        Fixtures.editor().get(ORGS + "/" + branch).then().statusCode(200)
                .body("parentId", equalTo(committee)).body("coveredRegions", equalTo(List.of("630502001202")))
                .body("externalRef.id", equalTo("ORG-1")).header("ETag", "\"0\"");

        JsonPath second = upload(ORGS, batch);
        assertCounts(second, 0, 0, 4, 0);
        assertEquals(first.getList("items.id"), second.getList("items.id"));
        assertEquals(fed + 4, changeRows(PartyOrganizationService.ENTITY), "an unchanged organization writes no change-feed row");
        assertEquals(states + 4, history("630502", false), "nor a history state");

        // The single path with the same externalRef and nothing new: 200, same version, nothing fed.
        Fixtures.editor().body(batch.get(2)).post(ORGS).then().statusCode(200).header("ETag", "\"0\"");
        assertEquals(fed + 4, changeRows(PartyOrganizationService.ENTITY));

        // A rename by externalRef updates that one through PUT's rules; its history state is ended and a new one starts.
        JsonPath third = upload(ORGS, List.of(batch.get(0).replace("批量一村总支部", "批量新村总支部"), batch.get(1)));
        assertCounts(third, 0, 1, 1, 0);
        assertEquals(fed + 5, changeRows(PartyOrganizationService.ENTITY));
        assertEquals(states + 5, history("630502", false));
        assertEquals(5, history("630502", true), "one current state per organization (the committee's too)");
        Fixtures.editor().get(ORGS + "/" + branch + "/history").then().statusCode(200)
                .body("items.name", equalTo(List.of("中共批量新村总支部委员会", "中共批量一村总支部委员会")));
    }

    @Test
    void malformedRowsAreRefusedWithRowAndFieldWhileTheRestLand() {
        Fixtures.countyWithTown("630503", "001");
        String town = "630503001000";
        String village = Orgs.village("630503001201", "错误一村");
        int branch = Orgs.create("中共错误一村支部委员会", "BRANCH", village);
        JsonPath answer = upload(ORGS, List.of(
                org("中共错误镇委员会", "COMMITTEE", town, ref("BAD-1")),
                org("类型", "CELL", town, ""),
                org("短码", "BRANCH", "63050300120", ""),
                org("无区划", "BRANCH", "630503001299", ""),
                org("无上级", "BRANCH", village, ",\"parentId\":999999999"),
                org("支部下支部", "BRANCH", village, ",\"parentId\":" + branch),
                org("早撤销", "BRANCH", village, ",\"foundedOn\":\"2000-01-01\",\"dissolvedOn\":\"1999-01-01\""),
                "{\"type\":\"BRANCH\",\"regionCode\":\"" + village + "\"}",
                org("重复", "COMMITTEE", town, ref("BAD-1")),
                org("中共错误一村第一党小组", "GROUP", village, ",\"parentId\":" + branch)));

        assertCounts(answer, 2, 0, 0, 8);
        assertEquals("json.enum", rule(answer, 2));
        assertEquals("type", field(answer, 2));
        assertEquals("region.code.shape", rule(answer, 3));
        assertEquals("regionCode", field(answer, 3));
        assertEquals("partyorg.region.missing", rule(answer, 4));
        assertEquals("partyorg.parent.missing", rule(answer, 5));
        assertEquals("partyorg.parent.type", rule(answer, 6));
        assertEquals("partyorg.dissolved.before-founded", rule(answer, 7));
        assertEquals("dissolvedOn", field(answer, 7));
        assertEquals("name", field(answer, 8));
        assertEquals("bulk.key.repeated", rule(answer, 9));
        Fixtures.editor().queryParam("region", "630503").get(ORGS).then().statusCode(200)
                .body("items.name", equalTo(List.of("中共错误镇委员会", "中共错误一村支部委员会", "中共错误一村第一党小组")));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() throws IOException {
        Fixtures.countyWithTown("630504", "001");
        String town = "630504001000";
        String village = Orgs.village("630504001201", "导出一村");
        Orgs.village("630504001202", "导出二村");
        int committee = Orgs.create("中共导出镇委员会", "COMMITTEE", town);
        assertCounts(upload(ORGS, List.of(
                org("中共导出一村总支部委员会", "GENERAL_BRANCH", village, ",\"parentId\":" + committee
                        + ",\"coveredRegions\":[\"630504001202\"],\"foundedOn\":\"1998-07-01\"" + ref("EXP-1")),
                org("中共导出镇\\\"示范\\\", 支部", "BRANCH", town, ",\"parentId\":" + committee
                        + ",\"foundedOn\":\"1990-01-01\",\"dissolvedOn\":\"2020-12-31\""))), 2, 0, 0, 0);
        long fed = changeRows(PartyOrganizationService.ENTITY);

        byte[] csv = BulkCalls.export(ORGS, BulkCalls.CSV, "630504");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF党组织名称,党组织类型"), text);
        assertEquals(4, text.strip().split("\n").length, text);
        assertCounts(upload(ORGS, BulkCalls.CSV, csv), 0, 0, 3, 0);
        assertCounts(upload(ORGS, BulkCalls.XLSX, BulkCalls.export(ORGS, BulkCalls.XLSX, "630504")), 0, 0, 3, 0);
        assertEquals(fed, changeRows(PartyOrganizationService.ENTITY));

        // Without an Accept for a table, the JSON list as before.
        Fixtures.editor().queryParam("region", "630504").get(ORGS).then().statusCode(200)
                .contentType("application/json").body("total", equalTo(3));
    }

    @Test
    void templateHasChineseHeadersFieldNamesAndAllowedValues() throws IOException {
        byte[] xlsx = given().header("Authorization", Tokens.bearer("viewer")).get(ORGS + "/bulk/template")
                .then().statusCode(200).contentType(BulkCalls.XLSX).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals("党组织类型", rows.get(0).getCellText(1));
            assertEquals("type", rows.get(1).getCellText(1));
            List<Row> allowed = book.getSheet(1).orElseThrow().read();
            assertEquals("党组织类型", allowed.get(0).getCellText(0));
            assertEquals("COMMITTEE", allowed.get(1).getCellText(0));
        }
        assertEquals(0, upload(ORGS, BulkCalls.XLSX, xlsx).getInt("received"));
    }
}
