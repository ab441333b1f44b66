package org.ruralrevival.talent.cadre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.platform.testing.BulkCalls.assertCounts;
import static org.ruralrevival.platform.testing.BulkCalls.changeRows;
import static org.ruralrevival.platform.testing.BulkCalls.field;
import static org.ruralrevival.platform.testing.BulkCalls.rule;
import static org.ruralrevival.platform.testing.BulkCalls.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralrevival.talent.Fixtures;
import org.ruralrevival.platform.testing.BulkCalls;

/** POST /reserve-cadres/bulk, matched by village, name and birth date, and the export (issue 6). */
@QuarkusTest
class ReserveCadreBulkTest {

    private static final String CADRES = "/api/v1/reserve-cadres";

    private static String cadre(String village, String name, String birth, String more) {
        return "{\"villageCode\":\"" + village + "\",\"name\":\"" + name + "\",\"gender\":\"FEMALE\",\"birthDate\":\"" + birth
                + "\",\"education\":\"BACHELOR\",\"category\":\"COLLEGE_EDUCATED\",\"partyMember\":true,"
                + "\"reservedOn\":\"2021-06-30\"" + more + "}";
    }

    @Test
    void sameBatchTwiceIsAllUnchangedTheSecondTimeAndFeedsNoNewChanges() {
        Fixtures.editor();
        List<String> batch = List.of(cadre("620132101201", "后备甲", "1994-08-12", ""),
                cadre("620132101201", "后备乙", "1990-01-02", ",\"source\":\"返乡大学生\""));
        long fed = changeRows(ReserveCadreService.ENTITY);
        JsonPath first = upload(CADRES, batch);
        assertCounts(first, 2, 0, 0, 0);
        assertCounts(upload(CADRES, batch), 0, 0, 2, 0);
        assertEquals(fed + 2, changeRows(ReserveCadreService.ENTITY));
        JsonPath third = upload(CADRES, List.of(batch.get(0).replace("BACHELOR", "POSTGRADUATE")));
        assertCounts(third, 0, 1, 0, 0);
        assertEquals(first.getList("items.id").get(0), third.getList("items.id").get(0));
        assertEquals(fed + 3, changeRows(ReserveCadreService.ENTITY));
    }

    @Test
    void malformedRowsAreRefusedWithRowAndFieldWhileTheRestLand() {
        Fixtures.editor();
        JsonPath answer = upload(CADRES, List.of(
                cadre("620132101202", "好人", "1990-01-01", ""),
                cadre("620132101202", "少年", "2015-01-01", ""),
                cadre("620132101202", "学历", "1990-01-01", "").replace("BACHELOR", "SENIOR_HIGH"),
                cadre("620132101202", "日期", "1990-13-01", ""),
                cadre("629999999201", "无村", "1990-01-01", ""),
                cadre("620132101202", "也好", "1991-01-01", "")));
        assertCounts(answer, 2, 0, 0, 4);
        assertEquals("cadre.age.adult", rule(answer, 2));
        assertEquals("cadre.category.education", rule(answer, 3));
        assertEquals("birthDate", field(answer, 4));
        assertEquals("villageCode", field(answer, 5));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() {
        Fixtures.editor();
        assertCounts(upload(CADRES, List.of(cadre("620132101203", "导出甲", "1994-08-12", ",\"source\":\"村内, \\\"能人\\\"\""),
                cadre("620132101203", "导出乙", "1988-03-04", ""))), 2, 0, 0, 0);
        long fed = changeRows(ReserveCadreService.ENTITY);
        assertCounts(upload(CADRES, BulkCalls.CSV, BulkCalls.export(CADRES, BulkCalls.CSV, "620132101203")), 0, 0, 2, 0);
        assertCounts(upload(CADRES, BulkCalls.XLSX, BulkCalls.export(CADRES, BulkCalls.XLSX, "620132101203")), 0, 0, 2, 0);
        assertEquals(fed, changeRows(ReserveCadreService.ENTITY));
    }
}
