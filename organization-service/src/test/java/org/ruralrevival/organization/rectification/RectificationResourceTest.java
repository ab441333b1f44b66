package org.ruralrevival.organization.rectification;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.organization.partyorg.Orgs;
import org.ruralrevival.platform.testing.FeedHead;

@QuarkusTest
class RectificationResourceTest {

    private static final String LEDGER = "/api/v1/rectifications";

    static Map<String, Object> entry(int organizationId, String openedOn, String deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("reason", "WEAK_AND_LAX");
        body.put("description", "班子不团结，组织生活不正常");
        body.put("leader", Map.of("name", "王某某", "post", "旗委常委、组织部部长"));
        body.put("measures", List.of("选派年轻干部", "举办专题培训", "扶持产业发展项目"));
        body.put("openedOn", openedOn);
        body.put("deadline", deadline);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static int open(Map<String, Object> body) {
        return editor().body(body).post(LEDGER).then().statusCode(201).extract().path("id");
    }

    private static int entriesOf(int organizationId) {
        return editor().queryParam("organizationId", organizationId).get(LEDGER).then().statusCode(200)
                .extract().path("total");
    }

    @Test
    void opensAnEntryAndClosesItOnlyWithANote() {
        Fixtures.countyWithTown("150624", "101");
        int branch = Orgs.create("后进村党支部", "BRANCH", Orgs.village("150624101201", "后进村"));
        int id = editor().body(entry(branch, "2021-03-01", "2021-12-31")).post(LEDGER).then().statusCode(201)
                .header("Location", containsString(LEDGER + "/")).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("OPEN"))
                .body("organizationName", equalTo("后进村党支部"))
                .body("regionCode", equalTo("150624101201"))
                .body("leader.name", equalTo("王某某"))
                .body("leader.post", equalTo("旗委常委、组织部部长"))
                .body("measures", contains("选派年轻干部", "举办专题培训", "扶持产业发展项目"))
                .body("closedOn", nullValue())
                .extract().path("id");
        String close = LEDGER + "/" + id + "/close";

        editor().body(Map.of("closingNote", "已整顿提升", "closedOn", "2021-11-30")).post(close).then().statusCode(428);
        editor().header("If-Match", "\"0\"").body(Map.of("closedOn", "2021-11-30")).post(close).then()
                .statusCode(422).body("rule", equalTo("rectification.close.note-required"));
        editor().header("If-Match", "\"0\"").body(Map.of("closingNote", "  ", "closedOn", "2021-11-30")).post(close)
                .then().statusCode(422).body("rule", equalTo("rectification.close.note-required"));
        editor().header("If-Match", "\"0\"").body(Map.of("closingNote", "已整顿提升")).post(close).then()
                .statusCode(400).body("errors[0].field", equalTo("closedOn"));
        editor().header("If-Match", "\"0\"").body(Map.of("closingNote", "已整顿提升", "closedOn", "2021-02-28"))
                .post(close).then().statusCode(400).body("errors[0].field", equalTo("closedOn"))
                .body("errors[0].rule", equalTo("rectification.closed.before-opened"));
        editor().header("If-Match", "\"5\"").body(Map.of("closingNote", "已整顿提升", "closedOn", "2021-11-30"))
                .post(close).then().statusCode(412);
        editor().get(LEDGER + "/" + id).then().body("status", equalTo("OPEN")).header("ETag", equalTo("\"0\""));

        editor().header("If-Match", "\"0\"")
                .body(Map.of("closingNote", "班子配齐配强，组织生活规范，已整顿提升", "closedOn", "2021-11-30"))
                .post(close).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo("2021-11-30"))
                .body("closingNote", equalTo("班子配齐配强，组织生活规范，已整顿提升")).body("overdue", equalTo(false));

        editor().header("If-Match", "\"1\"").body(Map.of("closingNote", "再次销号", "closedOn", "2021-12-01"))
                .post(close).then().statusCode(409).body("rule", equalTo("rectification.already-closed"));
        editor().header("If-Match", "\"1\"").body(entry(branch, "2021-03-01", "2022-06-30")).put(LEDGER + "/" + id)
                .then().statusCode(409).body("rule", equalTo("rectification.closed"));
        editor().header("If-Match", "\"1\"").delete(LEDGER + "/" + id).then().statusCode(409)
                .body("rule", equalTo("rectification.closed"));
        editor().get(LEDGER + "/" + id).then().body("deadline", equalTo("2021-12-31"))
                .body("closingNote", equalTo("班子配齐配强，组织生活规范，已整顿提升"));
        // An organization on the ledger cannot be deleted: the ledger is its record.
        editor().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + branch).then().statusCode(409)
                .body("rule", equalTo("partyorg.referenced"));
    }

    @Test
    void refusesADeadlineNotAfterTheOpeningAndOtherWithoutADescription() {
        Fixtures.countyWithTown("150624", "102");
        int branch = Orgs.create("二村党支部", "BRANCH", "150624102000");
        editor().body(entry(branch, "2021-03-01", "2021-03-01")).post(LEDGER).then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"))
                .body("errors[0].rule", equalTo("rectification.deadline.not-after-opened"));
        editor().body(entry(branch, "2021-03-01", "2021-02-01")).post(LEDGER).then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"));
        editor().body(with(with(entry(branch, "2021-03-01", "2021-12-31"), "reason", "OTHER"), "description", null))
                .post(LEDGER).then().statusCode(400).body("errors[0].field", equalTo("description"))
                .body("errors[0].rule", equalTo("rectification.description.required"));
        editor().body(with(entry(branch, "2021-03-01", "2021-12-31"), "reason", "LAZY")).post(LEDGER).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        editor().body(with(entry(branch, "2021-03-01", "2021-12-31"), "leader", Map.of("name", "王某某"))).post(LEDGER)
                .then().statusCode(400).body("errors[0].field", equalTo("leader.post"));
        editor().body(with(entry(branch, "2021-03-01", "2021-12-31"), "measures", List.of("", "x"))).post(LEDGER)
                .then().statusCode(400).body("errors[0].field", containsString("measures"));
        editor().body(with(entry(branch, "2021-02-30", "2021-12-31"), "reason", "LAGGING")).post(LEDGER).then()
                .statusCode(400).body("errors[0].field", equalTo("openedOn"));
        editor().body(entry(987654321, "2021-03-01", "2021-12-31")).post(LEDGER).then().statusCode(422)
                .body("rule", equalTo("rectification.organization.missing"));
        org.junit.jupiter.api.Assertions.assertEquals(0, entriesOf(branch));

        editor().body(with(entry(branch, "2021-03-01", "2021-12-31"), "reason", "OTHER")).post(LEDGER).then()
                .statusCode(201).body("reason", equalTo("OTHER"));
    }

    @Test
    void anOrganizationHasAtMostOneOpenEntry() {
        Fixtures.countyWithTown("150624", "103");
        int branch = Orgs.create("三村党支部", "BRANCH", "150624103000");
        int first = open(entry(branch, "2020-03-01", "2020-12-31"));
        editor().body(entry(branch, "2021-03-01", "2021-12-31")).post(LEDGER).then().statusCode(409)
                .body("rule", equalTo("rectification.already-open"));
        org.junit.jupiter.api.Assertions.assertEquals(1, entriesOf(branch));

        editor().header("If-Match", "\"0\"").body(Map.of("closingNote", "已销号", "closedOn", "2020-12-20"))
                .post(LEDGER + "/" + first + "/close").then().statusCode(200);
        open(entry(branch, "2021-03-01", "2021-12-31"));
        org.junit.jupiter.api.Assertions.assertEquals(2, entriesOf(branch));
    }

    @Test
    void editsAnOpenEntryWithTheVersionThatWasRead() {
        Fixtures.countyWithTown("150624", "104");
        int branch = Orgs.create("四村党支部", "BRANCH", "150624104000");
        int id = open(entry(branch, "2021-03-01", "2021-12-31"));
        Map<String, Object> extended = with(entry(branch, "2021-03-01", "2022-03-31"), "measures", List.of("调整班子"));
        editor().body(extended).put(LEDGER + "/" + id).then().statusCode(428);
        editor().header("If-Match", "\"1\"").body(extended).put(LEDGER + "/" + id).then().statusCode(412);
        editor().header("If-Match", "\"0\"").body(with(extended, "deadline", "2021-01-01")).put(LEDGER + "/" + id)
                .then().statusCode(400);
        editor().header("If-Match", "\"0\"").body(extended).put(LEDGER + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("deadline", equalTo("2022-03-31"))
                .body("measures", contains("调整班子"));
        as("viewer").header("If-Match", "\"1\"").delete(LEDGER + "/" + id).then().statusCode(403);
        editor().header("If-Match", "\"0\"").delete(LEDGER + "/" + id).then().statusCode(412);
        editor().header("If-Match", "\"1\"").delete(LEDGER + "/" + id).then().statusCode(204);
        editor().get(LEDGER + "/" + id).then().statusCode(404);
    }

    @Test
    void listsOpenClosedAndOverdueEntriesOnADay() {
        Fixtures.countyWithTown("150624", "105");
        int a = Orgs.create("甲支部", "BRANCH", Orgs.village("150624105201", "甲村"));
        int b = Orgs.create("乙支部", "BRANCH", Orgs.village("150624105202", "乙村"));
        int c = Orgs.create("丙支部", "BRANCH", Orgs.village("150624105203", "丙村"));
        int late = open(entry(a, "2021-03-01", "2021-06-30"));
        int onTime = open(entry(b, "2021-03-01", "2022-06-30"));
        int closed = open(entry(c, "2021-01-10", "2021-05-31"));
        editor().header("If-Match", "\"0\"").body(Map.of("closingNote", "已销号", "closedOn", "2021-07-15"))
                .post(LEDGER + "/" + closed + "/close").then().statusCode(200);
        String town = "150624105";

        editor().queryParam("region", town).queryParam("status", "OPEN").get(LEDGER).then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(late, onTime));
        editor().queryParam("region", town).queryParam("status", "CLOSED").get(LEDGER).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(closed));
        editor().queryParam("region", town).queryParam("overdue", "true").queryParam("asOf", "2021-07-01").get(LEDGER)
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(late)).body("items[0].overdue", equalTo(true));
        editor().queryParam("region", town).queryParam("overdue", "true").queryParam("asOf", "2021-06-30").get(LEDGER)
                .then().body("total", equalTo(0));
        editor().queryParam("region", town).queryParam("overdue", "true").queryParam("asOf", "2022-07-01").get(LEDGER)
                .then().body("items.id", contains(late, onTime));
        editor().queryParam("region", town).queryParam("overdue", "false").queryParam("asOf", "2021-07-01").get(LEDGER)
                .then().body("items.id", contains(closed, onTime)).body("items[1].overdue", equalTo(false));
        // Without asOf, today judges: the first entry's deadline in 2021 is long past.
        editor().queryParam("region", "150624105201").queryParam("overdue", "true").get(LEDGER)
                .then().body("total", equalTo(1));

        editor().queryParam("asOf", "2021-02-30").get(LEDGER).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        editor().queryParam("status", "PENDING").get(LEDGER).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        editor().queryParam("overdue", "yes").get(LEDGER).then().statusCode(400)
                .body("errors[0].field", equalTo("overdue"));
    }

    @Test
    void everyLedgerChangeAppearsInTheChangeFeedAndRulesAreWordedInChinese() {
        Fixtures.countyWithTown("150624", "107");
        int branch = Orgs.create("七村党支部", "BRANCH", "150624107000");
        long before = FeedHead.seq();
        int id = open(entry(branch, "2021-03-01", "2021-12-31"));
        editor().header("Accept-Language", "zh-CN").header("If-Match", "\"0\"").body(Map.of("closedOn", "2021-11-30"))
                .post(LEDGER + "/" + id + "/close").then().statusCode(422)
                .body("detail", containsString("销号说明"));
        editor().header("If-Match", "\"0\"").body(Map.of("closingNote", "已销号", "closedOn", "2021-11-30"))
                .post(LEDGER + "/" + id + "/close").then().statusCode(200);
        as("sync").queryParam("after", before).get("/api/v1/changes/organization").then().statusCode(200)
                .body("items.entity", contains("rectification", "rectification"))
                .body("items.kind", contains("CREATED", "UPDATED"))
                .body("items[1].data.status", equalTo("CLOSED"));
    }

    @Test
    void aCallerOfAnotherCountyGetsForbidden() {
        Fixtures.countyWithTown("150624", "106");
        int branch = Orgs.create("六村党支部", "BRANCH", "150624106000");
        int id = open(entry(branch, "2021-03-01", "2021-12-31"));
        String other = "150628000000";
        Orgs.editorOf(other).get(LEDGER + "/" + id).then().statusCode(403)
                .body("rule", equalTo("problem.forbidden.region"));
        Orgs.editorOf(other).queryParam("region", "150624").get(LEDGER).then().statusCode(403);
        Orgs.editorOf(other).body(entry(branch, "2022-03-01", "2022-12-31")).post(LEDGER).then().statusCode(403);
        Orgs.editorOf(other).header("If-Match", "\"0\"").body(Map.of("closingNote", "越权销号", "closedOn", "2021-06-01"))
                .post(LEDGER + "/" + id + "/close").then().statusCode(403);
        Orgs.editorOf(other).header("If-Match", "\"0\"").body(entry(branch, "2021-03-01", "2023-12-31"))
                .put(LEDGER + "/" + id).then().statusCode(403);
        editor().get(LEDGER + "/" + id).then().body("status", equalTo("OPEN")).body("deadline", equalTo("2021-12-31"))
                .header("ETag", equalTo("\"0\""));
        org.junit.jupiter.api.Assertions.assertEquals(1, entriesOf(branch));
        Orgs.editorOf("150624000000").get(LEDGER + "/" + id).then().statusCode(200);
    }
}
