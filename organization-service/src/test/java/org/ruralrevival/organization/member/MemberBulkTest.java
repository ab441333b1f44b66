package org.ruralrevival.organization.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.member.MemberFixtures.idNumber;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.Tokens;

/** POST /members/bulk, its template and the member export (issue 6). */
@QuarkusTest
class MemberBulkTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager em;

    @TestHTTPResource("/api/v1/members/bulk")
    URI bulkUri;

    private static String line(int org, String name, String id, String joinedOn) {
        return "{\"organizationId\":" + org + ",\"name\":\"" + name + "\",\"idNumber\":\"" + id + "\",\"joinedOn\":\""
                + joinedOn + "\",\"status\":\"FULL\"}";
    }

    private static JsonPath upload(String contentType, byte[] body) {
        return given().header("Authorization", Tokens.bearer("sync")).contentType(contentType).body(body)
                .post("/api/v1/members/bulk").then().statusCode(200).extract().jsonPath();
    }

    private long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_event WHERE entity = 'member'")
                        .getSingleResult()).longValue());
    }

    private long membersIn(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM party_member WHERE region_code LIKE ?1").setParameter(1, prefix + "%")
                .getSingleResult()).longValue());
    }

    @Test
    void sameBatchTwiceIsAllUnchangedTheSecondTimeAndFeedsNoNewChanges() {
        int org = MemberFixtures.townCommittee("620501");
        String batch = String.join("\n",
                line(org, "张一", idNumber("620501", LocalDate.of(1960, 1, 2), 11), "1990-07-01"),
                line(org, "张二", idNumber("620501", LocalDate.of(1961, 1, 2), 12), "1991-07-01"),
                line(org, "张三", idNumber("620501", LocalDate.of(1962, 1, 2), 13), "1992-07-01")) + "\n";
        long before = outboxRows();

        JsonPath first = upload(NDJSON, batch.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, first.getInt("created"));
        assertEquals(List.of(1, 2, 3), first.getList("items.row"));
        assertEquals(before + 3, outboxRows());
        assertEquals(3, membersIn("620501"));

        JsonPath second = upload(NDJSON, batch.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, second.getInt("unchanged"));
        assertEquals(0, second.getInt("created") + second.getInt("updated") + second.getInt("refused"));
        assertEquals(first.getList("items.id"), second.getList("items.id"));
        assertEquals(before + 3, outboxRows(), "an unchanged record writes no change-feed row");

        // One field changed: that member is updated and fed, the others stay as they were.
        String changed = batch.replace("\"张二\"", "\"张贰\"");
        JsonPath third = upload(MediaTypeJson.ARRAY, ("[" + String.join(",", changed.trim().split("\n")) + "]")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, third.getInt("updated"));
        assertEquals(2, third.getInt("unchanged"));
        assertEquals(before + 4, outboxRows());
    }

    @Test
    void malformedRowsAreRefusedWithRowAndFieldWhileTheRestLand() {
        int org = MemberFixtures.townCommittee("620502");
        String good = idNumber("620502", LocalDate.of(1970, 5, 6), 21);
        String badChecksum = idNumber("620502", LocalDate.of(1970, 5, 6), 23);
        badChecksum = badChecksum.substring(0, 17) + (badChecksum.charAt(17) == '1' ? '2' : '1');
        String batch = String.join("\n",
                line(org, "好人", good, "1995-07-01"),
                "{\"organizationId\":" + org + ",\"name\":",
                "{\"organizationId\":\"abc\",\"name\":\"类型\",\"idNumber\":\"" + idNumber("620502", LocalDate.of(1971, 5, 6), 25)
                        + "\",\"joinedOn\":\"1995-07-01\",\"status\":\"FULL\"}",
                line(org, "校验", badChecksum, "1995-07-01"),
                line(org, "状态", idNumber("620502", LocalDate.of(1972, 5, 6), 27), "1995-07-01").replace("FULL", "RETIRED"),
                "{\"organizationId\":" + org + ",\"idNumber\":\"" + idNumber("620502", LocalDate.of(1973, 5, 6), 29)
                        + "\",\"joinedOn\":\"1995-07-01\",\"status\":\"FULL\"}",
                line(999999, "无组织", idNumber("620502", LocalDate.of(1974, 5, 6), 31), "1995-07-01"),
                line(org, "也好", idNumber("620502", LocalDate.of(1975, 5, 6), 33), "1999-07-01"));

        JsonPath answer = upload(NDJSON, batch.getBytes(StandardCharsets.UTF_8));

        assertEquals(8, answer.getInt("received"));
        assertEquals(2, answer.getInt("created"));
        assertEquals(6, answer.getInt("refused"));
        assertEquals("json.malformed", refusal(answer, 2).get("rule"));
        assertEquals("organizationId", error(answer, 3, "field"));
        assertEquals("json.wrong-type", error(answer, 3, "rule"));
        assertEquals("idNumber", error(answer, 4, "field"));
        assertEquals("idnumber.checksum", error(answer, 4, "rule"));
        assertEquals("status", error(answer, 5, "field"));
        assertEquals("json.enum", error(answer, 5, "rule"));
        assertEquals("name", error(answer, 6, "field"));
        assertEquals("member.organization.missing", refusal(answer, 7).get("rule"));
        assertEquals(2, membersIn("620502"));
    }

    @Test
    void aRecordTheDatabaseRefusesIsRefusedAloneAndTheRestOfItsChunkLands() {
        int org = MemberFixtures.townCommittee("620503");
        // A trigger plays a foreign key failing for one record, past every check the service makes.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("CREATE TRIGGER refuse_one BEFORE INSERT ON party_member "
                + "FOR EACH ROW BEGIN IF NEW.name = '拒绝' THEN SIGNAL SQLSTATE '23000' SET MYSQL_ERRNO = 1452, "
                + "MESSAGE_TEXT = 'fk'; END IF; END").executeUpdate());
        try {
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                batch.append(line(org, i == 4 ? "拒绝" : "成员" + i, idNumber("620503", LocalDate.of(1970, 1, 1 + i), 41 + 2 * i),
                        "1995-07-01")).append('\n');
            }
            JsonPath answer = upload(NDJSON, batch.toString().getBytes(StandardCharsets.UTF_8));
            assertEquals(8, answer.getInt("created"));
            assertEquals(1, answer.getInt("refused"));
            assertEquals("problem.reference-missing", refusal(answer, 5).get("rule"));
            assertEquals(8, membersIn("620503"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DROP TRIGGER refuse_one").executeUpdate());
        }
    }

    @Test
    void anExternalRefRepeatedInsideOneChunkFailsOnlyItsPartOfTheChunk() {
        // Two new records with one externalRef: no lookup sees the second, the unique key does, and
        // the chunk is split. Retried after the first landed, the second record finds that member by
        // its externalRef and updates it, as it would in a later upload.
        int org = MemberFixtures.townCommittee("620508");
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            String ref = i == 1 || i == 4 ? "M-same" : "M-" + i;
            batch.append(line(org, "重" + i, idNumber("620508", LocalDate.of(1971, 1, 1 + i), 71 + 2 * i), "1995-07-01")
                    .replace("}", ",\"externalRef\":{\"system\":\"gansu\",\"id\":\"" + ref + "\"}}")).append('\n');
        }
        long before = outboxRows();
        JsonPath answer = upload(NDJSON, batch.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(5, answer.getInt("created"), answer.prettify());
        assertEquals("UPDATED", item(answer, 5).get("outcome"), answer.prettify());
        assertEquals(item(answer, 2).get("id"), item(answer, 5).get("id"));
        assertEquals(5, membersIn("620508"));
        assertEquals(before + 6, outboxRows());
    }

    @Test
    void textWithTabsNewlinesAndBackslashesIsStoredAsSent() {
        int org = MemberFixtures.townCommittee("620509");
        String where = "深圳\\t南山\\\\科技园\\n二期 \\\\N";
        String batch = line(org, "甲\\\\乙", idNumber("620509", LocalDate.of(1972, 3, 4), 81), "1995-07-01")
                .replace("}", ",\"flowing\":{\"away\":true,\"where\":\"" + where + "\"}}") + "\n"
                + line(org, "丙\\t丁", idNumber("620509", LocalDate.of(1973, 3, 4), 83), "1995-07-01") + "\n";
        assertEquals(2, upload(NDJSON, batch.getBytes(StandardCharsets.UTF_8)).getInt("created"));
        List<?> stored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT CONCAT(name, '|', COALESCE(flowing_where, 'NULL')) FROM party_member WHERE region_code LIKE '620509%' "
                        + "ORDER BY name").getResultList());
        assertEquals(List.of("丙\t丁|NULL", "甲\\乙|深圳\t南山\\科技园\n二期 \\N"), stored);
        // And the same records again are unchanged: what was stored is what the records say.
        assertEquals(2, upload(NDJSON, batch.getBytes(StandardCharsets.UTF_8)).getInt("unchanged"));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() throws IOException {
        int org = MemberFixtures.townCommittee("620504");
        String body = String.join("\n",
                line(org, "甲", idNumber("620504", LocalDate.of(1966, 2, 3), 51), "1990-07-01"),
                line(org, "乙", idNumber("620504", LocalDate.of(1967, 2, 3), 52), "1991-07-01")
                        .replace("}", ",\"phone\":\"13812345678\",\"flowing\":{\"away\":true,\"where\":\"深圳\"},"
                                + "\"externalRef\":{\"system\":\"gansu\",\"id\":\"M-9\"}}"));
        assertEquals(2, upload(NDJSON, body.getBytes(StandardCharsets.UTF_8)).getInt("created"));
        long fed = outboxRows();

        byte[] csv = given().header("Authorization", Tokens.bearer("admin")).accept("text/csv")
                .queryParam("region", "620504").get("/api/v1/members")
                .then().statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF所属党组织编号,姓名"), text);
        JsonPath fromCsv = upload("text/csv", csv);
        assertEquals(2, fromCsv.getInt("unchanged"), text + fromCsv.prettify());

        byte[] xlsx = given().header("Authorization", Tokens.bearer("admin")).accept(XLSX)
                .queryParam("region", "620504").get("/api/v1/members")
                .then().statusCode(200).extract().asByteArray();
        JsonPath fromXlsx = upload(XLSX, xlsx);
        assertEquals(2, fromXlsx.getInt("unchanged"), fromXlsx.prettify());
        assertEquals(fed, outboxRows());
    }

    @Test
    void templateHasChineseHeadersFieldNamesAndAllowedValues() throws IOException {
        byte[] xlsx = given().header("Authorization", Tokens.bearer("viewer")).get("/api/v1/members/bulk/template")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals("身份证号", rows.get(0).getCellText(6));
            assertEquals("idNumber", rows.get(1).getCellText(6));
            List<Row> allowed = book.getSheet(1).orElseThrow().read();
            assertEquals("性别", allowed.get(0).getCellText(0));
            assertEquals("MALE", allowed.get(1).getCellText(0));
        }
        // The template itself uploads: labels and the field-name row are headers, no records.
        JsonPath answer = upload(XLSX, xlsx);
        assertEquals(0, answer.getInt("received"));
    }

    @Test
    void anUnknownCsvColumnRefusesTheUploadBeforeWritingAnything() {
        given().header("Authorization", Tokens.bearer("sync")).contentType("text/csv")
                .body("name,idNumbr\n张,1\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/members/bulk")
                .then().statusCode(400).body("rule", equalTo("bulk.column.unknown"));
        given().header("Authorization", Tokens.bearer("viewer")).contentType(NDJSON).body("{}".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/members/bulk").then().statusCode(403);
    }

    @Test
    void recordsOutsideTheCallersRegionAreRefused() {
        int org = MemberFixtures.townCommittee("620505");
        JsonPath answer = given().header("Authorization", Tokens.bearer("sync", "620506"))
                .contentType(NDJSON).body(line(org, "外", idNumber("620505", LocalDate.of(1966, 2, 3), 61), "1990-07-01")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/members/bulk").then().statusCode(200).extract().jsonPath();
        assertEquals("problem.forbidden.region", refusal(answer, 1).get("rule"));
        assertEquals(0, membersIn("620505"));
    }

    /**
     * 50,000 records generated while they are sent: the first chunks are committed before the
     * upload ends, which they could not be if the server buffered the body first.
     */
    @Test
    void aLargeNdjsonUploadIsReadAndWrittenWhileItStreams() throws Exception {
        int org = MemberFixtures.townCommittee("620507");
        int total = 50_000;
        AtomicBoolean sawEarlyCommit = new AtomicBoolean();
        InputStream generated = new InputStream() {
            private byte[] current = new byte[0];
            private int pos;
            private int next;

            @Override
            public int read() {
                if (pos == current.length && !advance()) {
                    return -1;
                }
                return current[pos++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos == current.length && !advance()) {
                    return -1;
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }

            private boolean advance() {
                if (next == total) {
                    return false;
                }
                if (next == total - 1000) {
                    // Hold the last records back until a chunk is committed: a server that buffered
                    // the whole body before writing would never commit one, however fast it is.
                    sawEarlyCommit.set(awaitFirstCommit());
                }
                LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(next / 500);
                current = (line(org, "流", idNumber("620507", birth, next % 500 * 2 + 1), "1995-07-01") + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                pos = 0;
                next++;
                return true;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(bulkUri).timeout(Duration.ofMinutes(5))
                .header("Authorization", Tokens.bearer("sync")).header("Content-Type", NDJSON)
                .header("Accept", NDJSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> generated)).build();
        HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertEquals(String.valueOf(total), response.headers().firstValue("Bulk-Created").orElse(""));
        assertEquals(total, response.body().count());
        assertTrue(sawEarlyCommit.get(), "chunks are committed while the body is still being sent");
        assertEquals(total, membersIn("620507"));
    }

    private boolean awaitFirstCommit() {
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> membersIn("620507") > 0);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private static Map<String, Object> refusal(JsonPath answer, int row) {
        return item(answer, row);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(JsonPath answer, int row) {
        List<Map<String, Object>> items = answer.getList("items");
        return items.stream().filter(i -> ((Number) i.get("row")).intValue() == row).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static String error(JsonPath answer, int row, String part) {
        Map<String, Object> item = refusal(answer, row);
        assertEquals("REFUSED", item.get("outcome"));
        return (String) ((List<Map<String, Object>>) item.get("errors")).get(0).get(part);
    }

    private static final class MediaTypeJson {
        static final String ARRAY = "application/json";
    }
}
