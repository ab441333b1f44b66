package org.ruralrevival.economy.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.ruralrevival.economy.Fixtures.as;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;

@QuarkusTest
class ProjectResourceTest {

    private static final String PROJECTS = "/api/v1/projects";

    static Map<String, Object> project(String name, String type, String model, List<Map<String, Object>> villages) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("type", type);
        b.put("model", model);
        b.put("villages", villages);
        return b;
    }

    static Map<String, Object> holder(String code, String share) {
        Map<String, Object> h = new HashMap<>();
        h.put("villageCode", code);
        if (share != null) {
            h.put("share", new BigDecimal(share));
        }
        return h;
    }

    @Test
    void recordsTheGreenhouseOfGaodunyingWithCentralFiscalFundsAndAShopLease() {
        Fixtures.village("620123107201", "高墩营村");
        var b = project("高墩营村设施农业大棚项目", "GREENHOUSE", "ASSET_REVITALIZATION",
                List.of(holder("620123107201", null)));
        b.put("funding", List.of(Map.of("source", "CENTRAL_FISCAL", "amount", 700000)));
        b.put("expectedYearlyIncome", 70000);
        b.put("yearlyIncomes", List.of(Map.of("year", 2023, "expectedIncome", 70000, "actualIncome", 72000)));
        b.put("contracts", List.of(Map.of("counterparty", "本村驻地企业", "leaseTermYears", 10, "startDate", "2021-03-01",
                "endOfTerm", "ASSET_TO_VILLAGE", "endOfTermNote", "10年后村集体享有商铺所有权及土地使用权")));
        editor().body(b).post(PROJECTS).then().statusCode(201)
                .body("joint", equalTo(false))
                .body("villages[0].share", equalTo(1.0f))
                .body("villages[0].villageName", equalTo("高墩营村"))
                .body("funding[0].source", equalTo("CENTRAL_FISCAL"))
                .body("totalInvestment", equalTo(700000.00f))
                .body("contracts[0].endDate", equalTo("2031-02-28"))
                .body("yearlyIncomes[0].actualIncome", equalTo(72000f))
                // A single village's project income is already in its own ledger: not split again.
                .body("yearlyIncomes[0].parts", hasSize(0));
        editor().queryParam("region", "620123107").queryParam("type", "GREENHOUSE").get(PROJECTS)
                .then().statusCode(200).body("items.name", hasItem("高墩营村设施农业大棚项目"));
    }

    /** 王爱召镇: 20 villages hold shares in 5 projects and each village gains 87,000 yuan a year. */
    @Test
    void twentyVillagesInFiveJointProjectsEachSee87000InTheirAccounts() {
        List<Map<String, Object>> holders = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String code = String.format("150621102%03d", i);
            Fixtures.village(code, "王爱召镇" + i + "村");
            holders.add(holder(code, "0.05"));
        }
        String[] names = {"生猪养殖场", "颗粒饲料燃料加工厂", "3万头奶牛高标准牧场", "联村光伏电站", "联村物流中心"};
        String[] types = {"LIVESTOCK_FARM", "COMMUNITY_FACTORY", "LIVESTOCK_FARM", "PV_LEASE", "LOGISTICS"};
        for (int p = 0; p < 5; p++) {
            var b = project(names[p], types[p], "JOINT_VILLAGES", holders);
            // 87,000 × 20 villages / 5 projects = 348,000 yuan per project and year.
            b.put("yearlyIncomes", List.of(Map.of("year", 2021, "actualIncome", 348000)));
            editor().body(b).post(PROJECTS).then().statusCode(201).body("joint", equalTo(true))
                    .body("yearlyIncomes[0].parts", hasSize(20))
                    .body("yearlyIncomes[0].parts[0].amount", equalTo(17400f));
        }
        for (int i : new int[] {1, 7, 20}) {
            String code = String.format("150621102%03d", i);
            editor().body(Map.of("villageCode", code, "year", 2021, "operatingIncome", 10000, "totalIncome", 30000,
                            "netIncome", 8000))
                    .post("/api/v1/incomes").then().statusCode(201)
                    .body("jointProjectIncome", equalTo(87000f))
                    .body("withJointProjects.operatingIncome", equalTo(97000f))
                    .body("withJointProjects.totalIncome", equalTo(117000f))
                    .body("withJointProjects.netIncome", equalTo(95000f));
        }
    }

    @Test
    void theRoundingRemainderOfAJointProjectGoesToTheLargestShare() {
        Fixtures.village("620123107211", "甲村");
        Fixtures.village("620123107212", "乙村");
        Fixtures.village("620123107213", "丙村");
        var b = project("三村联建商铺", "SHOPS", "JOINT_VILLAGES", List.of(holder("620123107211", "0.25"),
                holder("620123107212", "0.5"), holder("620123107213", "0.25")));
        b.put("yearlyIncomes", List.of(Map.of("year", 2022, "actualIncome", new BigDecimal("100.01"))));
        editor().body(b).post(PROJECTS).then().statusCode(201)
                .body("yearlyIncomes[0].parts.find { it.villageCode == '620123107211' }.amount", equalTo(25.00f))
                .body("yearlyIncomes[0].parts.find { it.villageCode == '620123107212' }.amount", equalTo(50.01f))
                .body("yearlyIncomes[0].parts.find { it.villageCode == '620123107213' }.amount", equalTo(25.00f));
    }

    @Test
    void refusesSharesThatDoNotAddUpToOneAndStoresNothing() {
        Fixtures.village("620123107221", "丁村");
        Fixtures.village("620123107222", "戊村");
        var b = project("份额错误项目", "SHOPS", "JOINT_VILLAGES", List.of(holder("620123107221", "0.5"),
                holder("620123107222", "0.4")));
        editor().body(b).post(PROJECTS).then().statusCode(422).body("rule", equalTo("project.shares.sum"));
        b.put("villages", List.of(holder("620123107221", "0.5"), holder("620123107222", null)));
        editor().body(b).post(PROJECTS).then().statusCode(400).body("errors[0].field", equalTo("villages[1].share"))
                .body("errors[0].rule", equalTo("project.share.required"));
        b.put("villages", List.of(holder("620123107221", "0.5000001"), holder("620123107222", "0.4999999")));
        editor().body(b).post(PROJECTS).then().statusCode(400).body("errors[0].rule", equalTo("project.share.scale"));
        b.put("villages", List.of(holder("620123107221", "1.5"), holder("620123107222", "-0.5")));
        editor().body(b).post(PROJECTS).then().statusCode(400).body("errors[0].rule", equalTo("project.share.range"));
        b.put("villages", List.of(holder("620123107221", "0.5"), holder("620123107221", "0.5")));
        editor().body(b).post(PROJECTS).then().statusCode(400).body("errors[0].rule", equalTo("project.village.duplicate"));
        var single = project("单村联建", "SHOPS", "JOINT_VILLAGES", List.of(holder("620123107221", null)));
        editor().body(single).post(PROJECTS).then().statusCode(422)
                .body("rule", equalTo("project.model.joint-needs-villages"));
        editor().queryParam("region", "620123107221").get(PROJECTS).then().body("total", equalTo(0));
    }

    @Test
    void refusesDuplicateSourcesYearsFutureActualsAndInexactAmounts() {
        Fixtures.village("620123107231", "己村");
        var b = project("光伏", "PV_LEASE", "SELF_OPERATED", List.of(holder("620123107231", null)));
        b.put("funding", List.of(Map.of("source", "COUNTY_FISCAL", "amount", 1), Map.of("source", "COUNTY_FISCAL", "amount", 2)));
        editor().body(b).post(PROJECTS).then().statusCode(400).body("errors[0].rule", equalTo("project.funding.duplicate"));
        b.put("funding", List.of(Map.of("source", "COUNTY_FISCAL", "amount", new BigDecimal("1.001"))));
        editor().body(b).post(PROJECTS).then().statusCode(400).body("errors[0].field", equalTo("funding[0].amount"));
        b.put("funding", List.of(Map.of("source", "GIFT", "amount", 1)));
        editor().body(b).post(PROJECTS).then().statusCode(400);
        b.remove("funding");
        b.put("yearlyIncomes", List.of(Map.of("year", 2099, "actualIncome", 5)));
        editor().body(b).post(PROJECTS).then().statusCode(422).body("rule", equalTo("project.actual.future"));
        b.put("yearlyIncomes", List.of(Map.of("year", 2021, "actualIncome", 5), Map.of("year", 2021, "actualIncome", 6)));
        editor().body(b).post(PROJECTS).then().statusCode(400).body("errors[0].rule", equalTo("project.year.duplicate"));
        b.put("yearlyIncomes", List.of());
        b.put("contracts", List.of(Map.of("counterparty", "某公司", "startDate", "2021-02-30", "endOfTerm", "OTHER")));
        editor().body(b).post(PROJECTS).then().statusCode(400);
        b.put("contracts", List.of(Map.of("counterparty", "某公司", "startDate", "2021-02-03", "endOfTerm", "OTHER")));
        editor().body(b).post(PROJECTS).then().statusCode(400)
                .body("errors[0].rule", equalTo("project.contract.note-required"));
        editor().body("{\"name\":\"空\",\"type\":\"OTHER\",\"model\":\"SELF_OPERATED\",\"villages\":[null]}")
                .post(PROJECTS).then().statusCode(400).body("rule", equalTo("problem.validation"));
        editor().body("{\"name\":\"空\",\"type\":\"OTHER\",\"model\":\"SELF_OPERATED\",\"villages\":"
                + "[{\"villageCode\":\"620123107231\"}],\"funding\":[null],\"contracts\":[null]}")
                .post(PROJECTS).then().statusCode(400);
        editor().queryParam("region", "620123107231").get(PROJECTS).then().body("total", equalTo(0));
    }

    @Test
    void recordingAYearsActualIncomeLaterRederivesTheParts() {
        Fixtures.village("620123107241", "庚村");
        Fixtures.village("620123107242", "辛村");
        var b = project("两村合作社区工厂", "COMMUNITY_FACTORY", "COMMUNITY_FACTORY",
                List.of(holder("620123107241", "0.6"), holder("620123107242", "0.4")));
        b.put("externalRef", Map.of("system", "county-ledger", "id", "P-2022-7"));
        b.put("yearlyIncomes", List.of(Map.of("year", 2022, "expectedIncome", 50000)));
        int id = editor().body(b).post(PROJECTS).then().statusCode(201).body("yearlyIncomes[0].parts", hasSize(0))
                .extract().path("id");
        b.put("yearlyIncomes", List.of(Map.of("year", 2022, "expectedIncome", 50000, "actualIncome", 45000)));
        editor().body(b).put(PROJECTS + "/" + id).then().statusCode(428);
        editor().header("If-Match", "\"0\"").body(b).put(PROJECTS + "/" + id).then().statusCode(200)
                .body("yearlyIncomes[0].parts[0].amount", equalTo(27000f))
                .body("yearlyIncomes[0].parts[1].amount", equalTo(18000f));
        // Re-sending with the same externalRef updates the same project.
        b.put("yearlyIncomes", List.of(Map.of("year", 2022, "actualIncome", 50000)));
        editor().body(b).post(PROJECTS).then().statusCode(200).body("id", equalTo(id))
                .body("yearlyIncomes[0].parts[0].amount", equalTo(30000f));
        editor().queryParam("region", "620123107241").get(PROJECTS).then().body("total", equalTo(1));
    }

    @Test
    void aScopedCallerCannotWriteAJointProjectReachingOutsideItsRegion() {
        Fixtures.village("620123107251", "壬村");
        Fixtures.village("620124107251", "外县村");
        var b = project("跨县项目", "OTHER", "JOINT_VILLAGES",
                List.of(holder("620123107251", "0.5"), holder("620124107251", "0.5")));
        as("editor", "620123000000").body(b).post(PROJECTS).then().statusCode(403);
        as("viewer").body(b).post(PROJECTS).then().statusCode(403);
        editor().queryParam("region", "620124107251").get(PROJECTS).then().body("total", equalTo(0));
    }
}
