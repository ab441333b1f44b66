package org.ruralrevival.organization.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.editor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.testing.BulkCalls;

/** The organization report as CSV and .xlsx: one row per figure, equal to the JSON report (issue 6). */
@QuarkusTest
class OrganizationReportExportTest {

    private static final String REPORT = "/api/v1/reports/organization";
    /** Reads the JSON report's numbers as written: 260.00 stays 260.00. */
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** County 152791: two villages with a service centre each, their funds of 2020 and 2021, a 2021 term. */
    private static void county() {
        Fixtures.countyWithTown("152791", "101");
        Fixtures.region("152791101201", "甲村");
        Fixtures.region("152791101202", "乙村");
        editor().body(Map.of("name", "镇党委", "type", "COMMITTEE", "regionCode", "152791101000"))
                .post("/api/v1/organizations").then().statusCode(201);
        int a = center("152791101201");
        int b = center("152791101202");
        fund(a, 2020, "260.00");
        fund(a, 2021, "70000.00");
        fund(b, 2021, "190000.00");
        int term = editor().body(Map.of("regionCode", "152791101201", "termYear", 2021, "electionDate", "2021-05-10"))
                .post("/api/v1/committee-terms").then().statusCode(201).extract().path("id");
        committeeMember(term, "李书记", "FEMALE", "1980-01-01", "PARTY_SECRETARY");
        committeeMember(term, "王委员", "MALE", "1970-06-01", "VILLAGE_COMMITTEE_MEMBER");
        committeeMember(term, "张委员", "MALE", "1975-06-01", "PARTY_COMMITTEE_MEMBER");
    }

    private static int center(String village) {
        return editor().body(Map.of("regionCode", village, "area", 300, "state", "IN_USE"))
                .post("/api/v1/service-centers").then().statusCode(201).extract().path("id");
    }

    private static void fund(int center, int year, String amount) {
        editor().body(Map.of("amount", new BigDecimal(amount))).put("/api/v1/service-centers/" + center + "/funds/" + year)
                .then().statusCode(201);
    }

    private static void committeeMember(int term, String name, String gender, String birth, String post) {
        editor().body(Map.of("termId", term, "name", name, "gender", gender, "birthDate", birth,
                "education", "BACHELOR", "posts", List.of(post))).post("/api/v1/committee-members").then().statusCode(201);
    }

    /** name → value, unit, previous, change of every figure of the JSON report, as the JSON writes them. */
    private static Map<String, List<String>> figures(JsonNode node, String path, Map<String, List<String>> out) {
        if (node.isObject() && node.has("value") && node.get("value").isNumber()) {
            out.put(path, List.of(text(node.get("value")), node.hasNonNull("unit") ? node.get("unit").asText() : "",
                    text(node.get("previous")), text(node.get("change"))));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                figures(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || !n.isNumber() ? "" : n.decimalValue().toPlainString();
    }

    @Test
    void csvAndXlsxHoldEveryFigureOfTheJsonReportWithItsScale() throws IOException {
        county();
        String json = editor().queryParam("region", "152791").queryParam("year", 2021).get(REPORT).then().statusCode(200)
                .contentType("application/json").extract().asString();
        Map<String, List<String>> expected = figures(EXACT.readTree(json), "", new LinkedHashMap<>());
        assertEquals(List.of("260000.00", "yuan", "260.00", "259740.00"), expected.get("serviceCenters.totalFunds"));

        var csvAnswer = editor().accept(BulkCalls.CSV).queryParam("region", "152791").queryParam("year", 2021).get(REPORT)
                .then().statusCode(200).contentType("text/csv").extract();
        assertTrue(csvAnswer.header("Content-Disposition").contains("organization-report.csv"));
        String csv = new String(csvAnswer.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF指标,数值,单位,上期,变化\n"), csv);
        Map<String, List<String>> fromCsv = new LinkedHashMap<>();
        try (MappingIterator<String[]> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(csv.substring(1))) {
            rows.next();
            while (rows.hasNext()) {
                String[] cells = rows.next();
                assertEquals(5, cells.length, String.join(",", cells));
                fromCsv.put(cells[0], List.of(cells[1], cells[2], cells[3], cells[4]));
            }
        }
        assertEquals(expected, fromCsv);
        // Amounts keep their two decimals and shares their one, never 260 or 2.6E+5.
        assertEquals(List.of("260000.00", "yuan", "260.00", "259740.00"), fromCsv.get("serviceCenters.totalFunds"));
        assertEquals(List.of("33.3", "percent", "", ""), fromCsv.get("committees.womenShare"));

        byte[] xlsx = editor().accept(BulkCalls.XLSX).queryParam("region", "152791").queryParam("year", 2021).get(REPORT)
                .then().statusCode(200).contentType(BulkCalls.XLSX).extract().asByteArray();
        Map<String, BigDecimal> fromXlsx = new LinkedHashMap<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals("指标", rows.get(0).getCellText(0));
            for (Row row : rows.subList(1, rows.size())) {
                fromXlsx.put(row.getCellText(0), row.getCellAsNumber(1).orElseThrow());
            }
        }
        assertEquals(expected.keySet(), fromXlsx.keySet());
        expected.forEach((name, figure) -> assertEquals(0, new BigDecimal(figure.get(0)).compareTo(fromXlsx.get(name)), name));
        assertEquals(0, new BigDecimal("260000").compareTo(fromXlsx.get("serviceCenters.totalFunds")));

        // A caller that accepts anything still gets the JSON report.
        editor().accept("*/*").queryParam("region", "152791").queryParam("year", 2021).get(REPORT).then().statusCode(200)
                .contentType("application/json");
    }
}
