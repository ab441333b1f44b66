package org.ruralrevival.talent.training;

import static org.hamcrest.Matchers.equalTo;
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

/** POST /trainings/bulk: sessions with their attendance, matched by region, day and topic; and the export (issue 6). */
@QuarkusTest
class TrainingBulkTest {

    private static final String TRAININGS = "/api/v1/trainings";

    private static String session(String topic, String date, String attendees) {
        return "{\"regionCode\":\"620132101000\",\"date\":\"" + date + "\",\"topic\":\"" + topic
                + "\",\"organizer\":\"镇党委\",\"hours\":6,\"attendees\":" + attendees + "}";
    }

    @Test
    void sameBatchTwiceIsAllUnchangedTheSecondTimeAndFeedsNoNewChanges() {
        Fixtures.editor();
        List<String> batch = List.of(session("头雁培训", "2021-04-16", "[{\"name\":\"王建国\",\"memberId\":10234},{\"name\":\"李红\"}]"),
                session("电商培训", "2021-05-16", "[]"));
        long fed = changeRows(TrainingService.ENTITY);
        JsonPath first = upload(TRAININGS, batch);
        assertCounts(first, 2, 0, 0, 0);
        assertCounts(upload(TRAININGS, batch), 0, 0, 2, 0);
        assertEquals(fed + 2, changeRows(TrainingService.ENTITY));
        // One more signature on the sheet: the session's attendance is updated.
        assertCounts(upload(TRAININGS, List.of(batch.get(0).replace("]", ",{\"name\":\"赵六\"}]"))), 0, 1, 0, 0);
        Fixtures.editor().get(TRAININGS + "/" + first.getList("items.id").get(0)).then().statusCode(200)
                .body("attendees.name", equalTo(List.of("王建国", "李红", "赵六")));
        assertEquals(fed + 3, changeRows(TrainingService.ENTITY));
    }

    @Test
    void malformedRowsAreRefusedWithRowAndFieldWhileTheRestLand() {
        Fixtures.editor();
        JsonPath answer = upload(TRAININGS, List.of(
                session("好课", "2021-06-01", "[]"),
                session("重复人", "2021-06-02", "[{\"name\":\"甲\"},{\"name\":\"甲\"}]"),
                session("未来", "2999-01-01", "[]"),
                session("半小时以下", "2021-06-03", "[]").replace("\"hours\":6", "\"hours\":0.2"),
                session("也好", "2021-06-04", "[{\"name\":\"乙\"}]")));
        assertCounts(answer, 2, 0, 0, 3);
        assertEquals("talent.person.duplicate", rule(answer, 2));
        assertEquals("attendees[1]", field(answer, 2));
        assertEquals("hours", field(answer, 4));
        assertEquals("REFUSED", BulkCalls.line(answer, 3).get("outcome"));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() {
        Fixtures.editor();
        assertCounts(upload(TRAININGS, List.of(session("导出课", "2020-07-01", "[{\"name\":\"王五\",\"memberId\":9}]"),
                session("导出课二", "2020-07-02", "[]").replace("}", ",\"place\":\"党群服务中心, 二楼\"}"))), 2, 0, 0, 0);
        long fed = changeRows(TrainingService.ENTITY);
        byte[] csv = BulkCalls.export(TRAININGS + "?year=2020", BulkCalls.CSV, "620132101000");
        assertCounts(upload(TRAININGS, BulkCalls.CSV, csv), 0, 0, 2, 0);
        assertCounts(upload(TRAININGS, BulkCalls.XLSX, BulkCalls.export(TRAININGS + "?year=2020", BulkCalls.XLSX, "620132101000")),
                0, 0, 2, 0);
        assertEquals(fed, changeRows(TrainingService.ENTITY));
    }
}
