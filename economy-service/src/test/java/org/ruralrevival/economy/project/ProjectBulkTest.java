package org.ruralrevival.economy.project;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.platform.testing.BulkCalls.assertCounts;
import static org.ruralrevival.platform.testing.BulkCalls.changeRows;
import static org.ruralrevival.platform.testing.BulkCalls.rule;
import static org.ruralrevival.platform.testing.BulkCalls.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;
import org.ruralrevival.platform.testing.BulkCalls;

/** POST /projects/bulk, matched by externalRef or leading village and name, and the project export (issue 6). */
@QuarkusTest
class ProjectBulkTest {

    private static final String PROJECTS = "/api/v1/projects";

    private static String project(String name, String villages, String more) {
        String model = villages.contains("},{") ? "JOINT_VILLAGES" : "ASSET_REVITALIZATION";
        return "{\"name\":\"" + name + "\",\"type\":\"PV_LEASE\",\"model\":\"" + model + "\",\"villages\":" + villages
                + ",\"funding\":[{\"source\":\"CENTRAL_FISCAL\",\"amount\":500000},{\"source\":\"VILLAGE_COLLECTIVE\",\"amount\":100}]"
                + ",\"yearlyIncomes\":[{\"year\":2022,\"actualIncome\":100000.01},{\"year\":2021,\"expectedIncome\":9}]"
                + more + "}";
    }

    private static final String TWO = "[{\"villageCode\":\"621102200201\",\"share\":0.6},{\"villageCode\":\"621102200202\",\"share\":0.4}]";

    @Test
    void sameBatchTwiceIsAllUnchangedTheSecondTimeAndFeedsNoNewChanges() {
        Fixtures.village("621102200201", "联一村");
        Fixtures.village("621102200202", "联二村");
        List<String> batch = List.of(
                project("联村光伏", TWO, ",\"externalRef\":{\"system\":\"gansu\",\"id\":\"P-1\"}"),
                project("联村光伏", TWO, ",\"contracts\":[{\"counterparty\":\"某能源公司\",\"startDate\":\"2021-03-01\","
                        + "\"endOfTerm\":\"ASSET_TO_VILLAGE\"}]"),
                project("独村大棚", "[{\"villageCode\":\"621102200201\"}]", ""));
        long fed = changeRows(ProjectService.ENTITY);

        JsonPath first = upload(PROJECTS, batch);
        assertCounts(first, 3, 0, 0, 0);
        JsonPath second = upload(PROJECTS, batch);
        assertCounts(second, 0, 0, 3, 0);
        assertEquals(first.getList("items.id"), second.getList("items.id"));
        assertEquals(fed + 3, changeRows(ProjectService.ENTITY), "an unchanged project writes no change-feed row");

        // New actual income: the project is updated and its villages' parts derived again.
        JsonPath third = upload(PROJECTS, List.of(batch.get(0).replace("100000.01", "200000")));
        assertCounts(third, 0, 1, 0, 0);
        Fixtures.editor().get(PROJECTS + "/" + third.getList("items.id").get(0)).then().statusCode(200)
                .body("yearlyIncomes[1].parts.amount", equalTo(List.of(120000f, 80000f)));
        assertEquals(fed + 4, changeRows(ProjectService.ENTITY));
    }

    @Test
    void malformedRowsAreRefusedWithRowAndFieldWhileTheRestLand() {
        Fixtures.village("621102200203", "拒收三村");
        String one = "[{\"villageCode\":\"621102200203\"}]";
        JsonPath answer = upload(PROJECTS, List.of(
                project("好项目", one, ""),
                project("坏份额", "[{\"villageCode\":\"621102200203\",\"share\":0.5},{\"villageCode\":\"621102200204\",\"share\":0.4}]", ""),
                project("坏类型", one, "").replace("PV_LEASE", "ROCKET"),
                project("无村", "[]", ""),
                project("未来", one, "").replace("2022", "2099"),
                project("也好", one, "")));
        assertCounts(answer, 2, 0, 0, 4);
        assertEquals("json.enum", rule(answer, 3));
        assertEquals("project.actual.future", rule(answer, 5));
        assertEquals("villages", BulkCalls.field(answer, 4));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() {
        Fixtures.village("621102200205", "导出五村");
        Fixtures.village("621102200206", "导出六村");
        String two = "[{\"villageCode\":\"621102200206\",\"share\":0.25},{\"villageCode\":\"621102200205\",\"share\":0.75}]";
        assertCounts(upload(PROJECTS, List.of(
                project("出口光伏", two, ",\"startedOn\":\"2021-05-01\",\"description\":\"说明, 含\\\"引号\\\"\","
                        + "\"externalRef\":{\"system\":\"gansu\",\"id\":\"P-9\"}"),
                project("出口大棚", "[{\"villageCode\":\"621102200205\"}]", ",\"expectedYearlyIncome\":7000"))), 2, 0, 0, 0);
        long fed = changeRows(ProjectService.ENTITY);

        byte[] csv = BulkCalls.export(PROJECTS, BulkCalls.CSV, "621102200205");
        assertCounts(upload(PROJECTS, BulkCalls.CSV, csv), 0, 0, 2, 0);
        assertCounts(upload(PROJECTS, BulkCalls.XLSX, BulkCalls.export(PROJECTS, BulkCalls.XLSX, "621102200205")), 0, 0, 2, 0);
        assertEquals(fed, changeRows(ProjectService.ENTITY));
    }
}
