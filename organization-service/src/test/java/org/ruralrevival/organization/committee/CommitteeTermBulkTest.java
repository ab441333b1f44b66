package org.ruralrevival.organization.committee;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.platform.testing.BulkCalls.assertCounts;
import static org.ruralrevival.platform.testing.BulkCalls.changeRows;
import static org.ruralrevival.platform.testing.BulkCalls.field;
import static org.ruralrevival.platform.testing.BulkCalls.line;
import static org.ruralrevival.platform.testing.BulkCalls.rule;
import static org.ruralrevival.platform.testing.BulkCalls.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.testing.BulkCalls;

/** POST /committee-terms/bulk, matched by externalRef or by village and year, and the export (issue 6). */
@QuarkusTest
class CommitteeTermBulkTest {

    private static final String TERMS = "/api/v1/committee-terms";

    private static String term(String village, int year, String electionDate, String more) {
        return "{\"regionCode\":\"" + village + "\",\"termYear\":" + year + ",\"electionDate\":\"" + electionDate + "\""
                + more + "}";
    }

    private static String ref(String id) {
        return ",\"externalRef\":{\"system\":\"bulk-test\",\"id\":\"" + id + "\"}";
    }

    @Test
    void sameBatchTwiceIsAllUnchangedTheSecondTimeAndFeedsNoNewChanges() {
        Fixtures.countyWithTown("150692", "101");
        Fixtures.region("150692101201", "届次一村");
        Fixtures.region("150692101202", "届次二村");
        List<String> batch = List.of(
                term("150692101201", 2018, "2018-04-10", ""),
                term("150692101201", 2021, "2021-04-12", ref("T-1")),
                term("150692101202", 2021, "2021-05-06", ""));
        long fed = changeRows(CommitteeTermService.ENTITY);

        JsonPath first = upload(TERMS, batch);
        assertCounts(first, 3, 0, 0, 0);
        assertEquals(fed + 3, changeRows(CommitteeTermService.ENTITY));

        JsonPath second = upload(TERMS, batch);
        assertCounts(second, 0, 0, 3, 0);
        assertEquals(first.getList("items.id"), second.getList("items.id"));
        assertEquals(fed + 3, changeRows(CommitteeTermService.ENTITY), "an unchanged term writes no change-feed row");

        // A corrected election date, found by village and year: updated through PUT's rules, fed once.
        JsonPath third = upload(TERMS, List.of(batch.get(2).replace("2021-05-06", "2021-05-08")));
        assertCounts(third, 0, 1, 0, 0);
        assertEquals(fed + 4, changeRows(CommitteeTermService.ENTITY));
        editor().get(TERMS + "/" + line(third, 1).get("id")).then().statusCode(200)
                .body("electionDate", equalTo("2021-05-08")).header("ETag", "\"1\"");
    }

    @Test
    void malformedRowsAreRefusedWithRowAndRuleWhileTheRestLand() {
        Fixtures.countyWithTown("150693", "101");
        Fixtures.region("150693101201", "规则村");
        int memberTerm = CommitteeFixtures.term("150693101201", 2021, "2021-06-01");
        editor().body(CommitteeFixtures.member(memberTerm, "小委员", "FEMALE", "2003-05-31", "BACHELOR",
                "VILLAGE_COMMITTEE_MEMBER")).post("/api/v1/committee-members").then().statusCode(201);

        JsonPath answer = upload(TERMS, List.of(
                term("150693101201", 2018, "2018-03-01", ""),
                term("150693101201", 2019, "2018-03-01", ""),
                term("150693101000", 2019, "2019-03-01", ""),
                term("150693101299", 2019, "2019-03-01", ""),
                term("150693101201", 2099, "2099-03-01", ""),
                "{\"regionCode\":\"150693101201\",\"termYear\":2020}",
                term("150693101201", 2021, "2021-05-30", ""),
                term("150693101201", 2015, "2015-03-01", ref("T-9")),
                term("150693101201", 2012, "2012-03-01", ref("T-9"))));

        assertCounts(answer, 2, 0, 0, 7);
        assertEquals("committee.term.election-date.year", rule(answer, 2));
        assertEquals("electionDate", field(answer, 2));
        assertEquals("committee.region.not-village", rule(answer, 3));
        assertEquals("committee.region.missing", rule(answer, 4));
        assertEquals("committee.term.election-date.future", rule(answer, 5));
        assertEquals("electionDate", field(answer, 6));
        // Moving the election a day earlier would make the elected 18-year-old 17 at it.
        assertEquals("committee.term.members-under-age", rule(answer, 7));
        assertEquals("bulk.key.repeated", rule(answer, 9));
        editor().get(TERMS + "/" + memberTerm).then().statusCode(200).body("electionDate", equalTo("2021-06-01"));
        editor().queryParam("region", "150693").get(TERMS).then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() {
        Fixtures.countyWithTown("150694", "101");
        Fixtures.region("150694101201", "导出一村");
        Fixtures.region("150694101202", "导出二村");
        assertCounts(upload(TERMS, List.of(
                term("150694101201", 2021, "2021-04-01", ref("T-E1")),
                term("150694101202", 2021, "2021-04-02", ""))), 2, 0, 0, 0);
        long fed = changeRows(CommitteeTermService.ENTITY);

        byte[] csv = BulkCalls.export(TERMS, BulkCalls.CSV, "150694");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF村区划代码,换届年份,选举日期"), text);
        assertEquals(3, text.strip().split("\n").length, text);
        assertCounts(upload(TERMS, BulkCalls.CSV, csv), 0, 0, 2, 0);
        assertCounts(upload(TERMS, BulkCalls.XLSX, BulkCalls.export(TERMS, BulkCalls.XLSX, "150694")), 0, 0, 2, 0);
        assertEquals(fed, changeRows(CommitteeTermService.ENTITY));
        // The template names the same columns.
        assertTrue(editor().get(TERMS + "/bulk/template").then().statusCode(200).extract().asByteArray().length > 0);
    }
}
