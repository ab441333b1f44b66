package org.ruralrevival.organization.committee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.organization.committee.CommitteeFixtures.term;
import static org.ruralrevival.platform.testing.BulkCalls.assertCounts;
import static org.ruralrevival.platform.testing.BulkCalls.changeRows;
import static org.ruralrevival.platform.testing.BulkCalls.field;
import static org.ruralrevival.platform.testing.BulkCalls.line;
import static org.ruralrevival.platform.testing.BulkCalls.rule;
import static org.ruralrevival.platform.testing.BulkCalls.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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

/** POST /committee-members/bulk, matched by externalRef or as a person in a term, and the export (issue 6). */
@QuarkusTest
class CommitteeMemberBulkTest {

    private static final String MEMBERS = "/api/v1/committee-members";

    private static String person(int termId, String name, String gender, String birthDate, String education, String posts,
            String more) {
        return "{\"termId\":" + termId + ",\"name\":\"" + name + "\",\"gender\":\"" + gender + "\",\"birthDate\":\""
                + birthDate + "\",\"education\":\"" + education + "\",\"posts\":[" + posts + "]" + more + "}";
    }

    private static String ref(String id) {
        return ",\"externalRef\":{\"system\":\"bulk-test\",\"id\":\"" + id + "\"}";
    }

    @Test
    void sameBatchTwiceIsAllUnchangedTheSecondTimeAndFeedsNoNewChanges() {
        Fixtures.countyWithTown("150691", "101");
        Fixtures.region("150691101201", "批量村");
        int termId = term("150691101201", 2021, "2021-03-15");
        List<String> batch = List.of(
                person(termId, "王书记", "MALE", "1975-03-15", "JUNIOR_COLLEGE", "\"PARTY_SECRETARY\",\"VILLAGE_DIRECTOR\"",
                        ",\"ethnicity\":\"蒙古族\",\"partyMemberId\":5001" + ref("CM-1")),
                person(termId, "李委员", "FEMALE", "1988-09-02", "SENIOR_HIGH", "\"PARTY_COMMITTEE_MEMBER\"", ""),
                person(termId, "赵委员", "MALE", "1990-01-01", "BACHELOR", "\"VILLAGE_COMMITTEE_MEMBER\"", ref("CM-3")));
        long fed = changeRows(CommitteeMemberService.ENTITY);

        JsonPath first = upload(MEMBERS, batch);
        assertCounts(first, 3, 0, 0, 0);
        assertEquals(fed + 3, changeRows(CommitteeMemberService.ENTITY));
        editor().get(MEMBERS + "/" + line(first, 1).get("id")).then().statusCode(200)
                .body("oneShoulder", equalTo(true)).body("posts", contains("PARTY_SECRETARY", "VILLAGE_DIRECTOR"))
                .body("ageAtElection", equalTo(46)).header("ETag", "\"0\"");

        JsonPath second = upload(MEMBERS, batch);
        assertCounts(second, 0, 0, 3, 0);
        assertEquals(first.getList("items.id"), second.getList("items.id"));
        assertEquals(fed + 3, changeRows(CommitteeMemberService.ENTITY), "an unchanged member writes no change-feed row");

        // The single path with the same externalRef and nothing new: 200, same version, nothing fed.
        editor().body(batch.get(2)).post(MEMBERS).then().statusCode(200).header("ETag", "\"0\"");
        assertEquals(fed + 3, changeRows(CommitteeMemberService.ENTITY));

        // New posts for the person without a ref (found by term, name and birth date): updated, fed once.
        JsonPath third = upload(MEMBERS, List.of(batch.get(0),
                batch.get(1).replace("\"PARTY_COMMITTEE_MEMBER\"", "\"PARTY_DEPUTY_SECRETARY\",\"VILLAGE_DEPUTY_DIRECTOR\"")));
        assertCounts(third, 0, 1, 1, 0);
        assertEquals(line(first, 2).get("id"), line(third, 2).get("id"));
        assertEquals(fed + 4, changeRows(CommitteeMemberService.ENTITY));
        editor().queryParam("termId", termId).get(MEMBERS).then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void malformedRowsAreRefusedWithRowAndFieldWhileTheRestLand() {
        Fixtures.countyWithTown("150691", "102");
        Fixtures.region("150691102201", "错误村");
        int termId = term("150691102201", 2021, "2021-03-15");
        JsonPath answer = upload(MEMBERS, List.of(
                person(termId, "周书记", "MALE", "1970-06-01", "SENIOR_HIGH", "\"PARTY_SECRETARY\"", ""),
                person(termId, "吴二书记", "MALE", "1971-06-01", "SENIOR_HIGH", "\"PARTY_SECRETARY\"", ""),
                person(termId, "郑少年", "FEMALE", "2005-01-01", "SENIOR_HIGH", "\"VILLAGE_COMMITTEE_MEMBER\"", ""),
                person(termId, "王双职", "MALE", "1980-01-01", "BACHELOR", "\"PARTY_SECRETARY\",\"PARTY_COMMITTEE_MEMBER\"", ""),
                person(999999999, "冯无届", "MALE", "1980-01-01", "BACHELOR", "\"VILLAGE_COMMITTEE_MEMBER\"", ""),
                person(termId, "陈学历", "MALE", "1980-01-01", "PHD", "\"VILLAGE_COMMITTEE_MEMBER\"", ""),
                person(termId, "褚未生", "MALE", "2022-01-01", "BACHELOR", "\"VILLAGE_COMMITTEE_MEMBER\"", ""),
                person(termId, "卫无职", "MALE", "1980-01-01", "BACHELOR", "", ""),
                person(termId, "周书记", "MALE", "1970-06-01", "SENIOR_HIGH", "\"PARTY_SECRETARY\"", ""),
                person(termId, "蒋主任", "FEMALE", "1985-04-10", "MASTER", "\"VILLAGE_DIRECTOR\"", "")));

        assertCounts(answer, 2, 0, 0, 8);
        assertEquals("committee.member.post-taken", rule(answer, 2), "the secretary of row 1 counts");
        assertEquals("committee.member.under-age", rule(answer, 3));
        assertEquals("posts", field(answer, 4));
        assertEquals("committee.member.posts.one-per-committee", rule(answer, 4));
        assertEquals("committee.member.term.missing", rule(answer, 5));
        assertEquals("education", field(answer, 6));
        assertEquals("json.enum", rule(answer, 6));
        assertEquals("birthDate", field(answer, 7));
        assertEquals("committee.member.birth-date.after-election", rule(answer, 7));
        assertEquals("posts", field(answer, 8));
        assertEquals("bulk.key.repeated", rule(answer, 9));
        editor().queryParam("termId", termId).get(MEMBERS).then().statusCode(200)
                .body("items.name", equalTo(List.of("周书记", "蒋主任")));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() {
        Fixtures.countyWithTown("150691", "103");
        Fixtures.region("150691103201", "导出村");
        int termId = term("150691103201", 2021, "2021-03-15");
        assertCounts(upload(MEMBERS, List.of(
                person(termId, "孔书记", "MALE", "1975-03-15", "JUNIOR_COLLEGE", "\"VILLAGE_DIRECTOR\",\"PARTY_SECRETARY\"",
                        ",\"ethnicity\":\"回族\",\"partyMemberId\":7001" + ref("EXP-1")),
                person(termId, "曹委员", "FEMALE", "1988-09-02", "TECHNICAL_SECONDARY", "\"PARTY_COMMITTEE_MEMBER\"", ""))),
                2, 0, 0, 0);
        long fed = changeRows(CommitteeMemberService.ENTITY);

        byte[] csv = BulkCalls.export(MEMBERS, BulkCalls.CSV, "150691103");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF届次编号,姓名"), text);
        assertEquals(3, text.strip().split("\n").length, text);
        assertCounts(upload(MEMBERS, BulkCalls.CSV, csv), 0, 0, 2, 0);
        assertCounts(upload(MEMBERS, BulkCalls.XLSX, BulkCalls.export(MEMBERS, BulkCalls.XLSX, "150691103")), 0, 0, 2, 0);
        assertEquals(fed, changeRows(CommitteeMemberService.ENTITY));
    }

    @Test
    void templateHasChineseHeadersFieldNamesAndAllowedValues() throws IOException {
        byte[] xlsx = given().header("Authorization", Tokens.bearer("viewer")).get(MEMBERS + "/bulk/template")
                .then().statusCode(200).contentType(BulkCalls.XLSX).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals("姓名", rows.get(0).getCellText(1));
            assertEquals("name", rows.get(1).getCellText(1));
        }
        assertEquals(0, upload(MEMBERS, BulkCalls.XLSX, xlsx).getInt("received"));
    }
}
