package org.ruralrevival.talent.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.BulkCalls;
import org.ruralrevival.talent.Fixtures;

/** The talent report as CSV and .xlsx: one row per figure (issue 6). */
@QuarkusTest
class TalentReportExportTest {

    @Test
    void theReportExportsOneRowPerFigureWithItsUnit() throws IOException {
        Fixtures.editor();
        BulkCalls.upload("/api/v1/reserve-cadres", List.of("{\"villageCode\":\"620132101207\",\"name\":\"报表\",\"gender\":\"MALE\","
                + "\"birthDate\":\"1990-01-01\",\"education\":\"BACHELOR\",\"category\":\"COLLEGE_EDUCATED\",\"partyMember\":true,"
                + "\"reservedOn\":\"2021-03-01\"}"));
        String csv = new String(Fixtures.editor().accept(BulkCalls.CSV).queryParam("region", "620132101207")
                .queryParam("year", 2021).get("/api/v1/reports/talent").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF指标,数值,单位,上期,变化\n"), csv);
        assertTrue(csv.contains("\nreserveCadres.count,1,"), csv);

        byte[] xlsx = Fixtures.editor().accept(BulkCalls.XLSX).queryParam("region", "620132101207").queryParam("year", 2021)
                .get("/api/v1/reports/talent").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            Row count = rows.stream().filter(r -> "reserveCadres.count".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals("1", count.getCellText(1));
        }
        // Without an Accept for a table, the JSON report as before.
        Fixtures.editor().queryParam("year", 2021).get("/api/v1/reports/talent").then().statusCode(200)
                .contentType("application/json");
    }
}
