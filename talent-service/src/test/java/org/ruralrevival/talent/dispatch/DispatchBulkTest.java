package org.ruralrevival.talent.dispatch;

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

/** POST /dispatches/bulk, matched by village, person and first day, and the export (issue 6). */
@QuarkusTest
class DispatchBulkTest {

    private static final String DISPATCHES = "/api/v1/dispatches";

    private static String dispatch(String village, String name, String from, String to) {
        return "{\"kind\":\"FIRST_SECRETARY\",\"personName\":\"" + name + "\",\"unit\":\"县财政局\",\"villageCode\":\"" + village
                + "\",\"from\":\"" + from + "\"" + (to == null ? "" : ",\"to\":\"" + to + "\"") + "}";
    }

    @Test
    void sameBatchTwiceIsAllUnchangedTheSecondTimeAndFeedsNoNewChanges() {
        Fixtures.editor();
        List<String> batch = List.of(dispatch("620132101204", "驻村甲", "2021-06-01", null),
                dispatch("620132101204", "驻村乙", "2021-06-01", "2023-05-31"));
        long fed = changeRows(DispatchService.ENTITY);
        assertCounts(upload(DISPATCHES, batch), 2, 0, 0, 0);
        assertCounts(upload(DISPATCHES, batch), 0, 0, 2, 0);
        assertEquals(fed + 2, changeRows(DispatchService.ENTITY));
        // Leaving the village: the dispatch on file gets its last day.
        assertCounts(upload(DISPATCHES, List.of(dispatch("620132101204", "驻村甲", "2021-06-01", "2024-01-31"))), 0, 1, 0, 0);
        assertEquals(fed + 3, changeRows(DispatchService.ENTITY));
    }

    @Test
    void malformedRowsAreRefusedWithRowAndFieldWhileTheRestLand() {
        Fixtures.editor();
        JsonPath answer = upload(DISPATCHES, List.of(
                dispatch("620132101205", "好人", "2021-06-01", null),
                dispatch("620132101205", "倒序", "2021-06-01", "2020-01-01"),
                dispatch("620132101205", "类别", "2021-06-01", null).replace("FIRST_SECRETARY", "KING"),
                dispatch("620132101205", "好人", "2021-06-01", null)));
        assertCounts(answer, 1, 0, 0, 3);
        assertEquals("to", field(answer, 2));
        assertEquals("talent.period.order", rule(answer, 2));
        assertEquals("kind", field(answer, 3));
        assertEquals("bulk.key.repeated", rule(answer, 4));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() {
        Fixtures.editor();
        assertCounts(upload(DISPATCHES, List.of(dispatch("620132101206", "导出甲", "2020-03-01", "2022-02-28"),
                dispatch("620132101206", "导出乙", "2022-03-01", null).replace("}", ",\"memberId\":77}"))), 2, 0, 0, 0);
        long fed = changeRows(DispatchService.ENTITY);
        assertCounts(upload(DISPATCHES, BulkCalls.CSV, BulkCalls.export(DISPATCHES, BulkCalls.CSV, "620132101206")), 0, 0, 2, 0);
        assertCounts(upload(DISPATCHES, BulkCalls.XLSX, BulkCalls.export(DISPATCHES, BulkCalls.XLSX, "620132101206")), 0, 0, 2, 0);
        assertEquals(fed, changeRows(DispatchService.ENTITY));
    }
}
