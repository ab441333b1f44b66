package org.ruralrevival.talent.recruit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.platform.testing.BulkCalls.assertCounts;
import static org.ruralrevival.platform.testing.BulkCalls.changeRows;
import static org.ruralrevival.platform.testing.BulkCalls.field;
import static org.ruralrevival.platform.testing.BulkCalls.rule;
import static org.ruralrevival.platform.testing.BulkCalls.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.BulkCalls;
import org.ruralrevival.talent.Fixtures;

/** POST /recruits/bulk: applications by ID number; stages only by transitions (issue 6). */
@QuarkusTest
class RecruitBulkTest {

    private static final String RECRUITS = "/api/v1/recruits";

    private static String application(String village, String name, String idNumber, String applied) {
        return "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\",\"villageCode\":\"" + village
                + "\",\"source\":\"YOUNG_FARMER\",\"applicationDate\":\"" + applied + "\"}";
    }

    private static String someone() {
        return Fixtures.idNumber(LocalDate.of(1995, 3, 4), true);
    }

    @Test
    void sameBatchTwiceIsAllUnchangedAndTheStageOnlyMovesByTransitions() {
        Fixtures.editor();
        List<String> batch = List.of(application("620132101201", "申请甲", someone(), "2020-03-01"),
                application("620132101201", "申请乙", someone(), "2020-04-01"));
        long fed = changeRows(RecruitService.ENTITY);
        JsonPath first = upload(RECRUITS, batch);
        assertCounts(first, 2, 0, 0, 0);
        assertCounts(upload(RECRUITS, batch), 0, 0, 2, 0);
        assertEquals(fed + 2, changeRows(RecruitService.ENTITY));

        long id = ((Number) first.getList("items.id").get(0)).longValue();
        RecruitSteps.step(id, RecruitSteps.activist(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 4, 1)));
        // The same record again: still an activist, nothing written.
        assertCounts(upload(RECRUITS, batch.subList(0, 1)), 0, 0, 1, 0);
        // A corrected name is PUT's correction; a new application date is not, once a step is taken.
        assertCounts(upload(RECRUITS, List.of(batch.get(0).replace("申请甲", "申请甲一"))), 0, 1, 0, 0);
        JsonPath fixed = upload(RECRUITS, List.of(batch.get(0).replace("2020-03-01", "2020-02-01")));
        assertEquals("recruit.application.fixed", rule(fixed, 1));
        Fixtures.editor().get(RECRUITS + "/" + id).then().statusCode(200)
                .body("stage", equalTo("ACTIVIST")).body("name", equalTo("申请甲一"));
    }

    @Test
    void malformedRowsAreRefusedWithRowAndFieldWhileTheRestLand() {
        Fixtures.editor();
        String bad = someone();
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        JsonPath answer = upload(RECRUITS, List.of(
                application("620132101202", "好人", someone(), "2020-03-01"),
                application("620132101202", "校验", bad, "2020-03-01"),
                application("620132101202", "未成年", Fixtures.idNumber(LocalDate.of(2010, 1, 1), false), "2020-03-01"),
                application("620132101202", "来源", someone(), "2020-03-01").replace("YOUNG_FARMER", "ALIEN"),
                application("620132101202", "也好", someone(), "2021-03-01")));
        assertCounts(answer, 2, 0, 0, 3);
        assertEquals("idNumber", field(answer, 2));
        assertEquals("REFUSED", BulkCalls.line(answer, 3).get("outcome"));
        assertEquals("source", field(answer, 4));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() {
        Fixtures.editor();
        assertCounts(upload(RECRUITS, List.of(application("620132101203", "导出甲", someone(), "2020-03-01"),
                application("620132101203", "导出乙", someone(), "2020-05-01").replace("}", ",\"branchId\":42}"))), 2, 0, 0, 0);
        long fed = changeRows(RecruitService.ENTITY);
        assertCounts(upload(RECRUITS, BulkCalls.CSV, BulkCalls.export(RECRUITS, BulkCalls.CSV, "620132101203")), 0, 0, 2, 0);
        assertCounts(upload(RECRUITS, BulkCalls.XLSX, BulkCalls.export(RECRUITS, BulkCalls.XLSX, "620132101203")), 0, 0, 2, 0);
        assertEquals(fed, changeRows(RecruitService.ENTITY));
    }
}
