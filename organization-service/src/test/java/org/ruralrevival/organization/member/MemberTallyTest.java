package org.ruralrevival.organization.member;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.organization.member.MemberFixtures.idNumber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.Tokens;

/**
 * The member figures kept up on write ({@link MemberTally}) against the figures counted over the
 * members themselves ({@link MemberRepository}'s queries, the reference), after members were
 * written every way there is: created, sent again changed, updated, moved to another county,
 * transferred out, dead, deleted, uploaded in bulk (new and changed), on many days including every
 * member's own dates and the days either side of them.
 */
@QuarkusTest
class MemberTallyTest {

    private static final String[] PREFIXES = {"15", "1506", "150661", "150662"};
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 31);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean built;
    private static final List<Map<String, Object>> written = new ArrayList<>();

    @Inject
    MemberTally tally;

    @Inject
    MemberRepository members;

    @Inject
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @BeforeEach
    void ledger() throws JsonProcessingException {
        if (built) {
            return;
        }
        built = true;
        int here = MemberFixtures.townCommittee("150661");
        int there = MemberFixtures.townCommittee("150662");
        Random random = new Random(61);
        List<Integer> ids = new ArrayList<>();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> body = randomMember(random, i % 3 == 0 ? there : here, i, null);
            bodies.add(body);
            ids.add(MemberFixtures.create(body));
        }
        // Fixed cases on the boundaries: a 29 February joining, 50 years on 2025-11-22, a death without a date.
        bodies.add(with(member(here, 100, LocalDate.of(1950, 1, 1), "1976-02-29"), "fullMemberOn", "1977-02-28"));
        bodies.add(with(member(here, 101, LocalDate.of(1950, 1, 1), "1975-11-22"), "doorPlateOn", "2024-02-29"));
        bodies.add(with(member(there, 102, LocalDate.of(1930, 1, 1), "1960-07-01"), "status", "DECEASED"));
        for (int i = 60; i < 63; i++) {
            ids.add(MemberFixtures.create(bodies.get(i)));
        }
        // Sent again with other dates and standing: the single path's upsert.
        for (int i = 0; i < 20; i++) {
            Map<String, Object> changed = randomMember(random, i % 2 == 0 ? there : here, i, birth(bodies.get(i)));
            bodies.set(i, changed);
            editor().body(changed).post("/api/v1/members").then().statusCode(200);
        }
        // PUT with the version: transferred out, dead, moved to the other county.
        LocalDate joined = LocalDate.parse((String) bodies.get(20).get("joinedOn"));
        LocalDate left = joined.isAfter(LocalDate.of(2025, 6, 30)) ? joined : LocalDate.of(2025, 6, 30);
        bodies.set(20, with(bodies.get(20), "status", "TRANSFERRED_OUT", "leftOn", left.toString()));
        put(ids.get(20), bodies.get(20));
        put(ids.get(21), with(bodies.get(21), "status", "DECEASED", "leftOn", null));
        put(ids.get(22), with(bodies.get(22), "organizationId", bodies.get(22).get("organizationId").equals(here)
                ? there : here));
        // Deleted.
        for (int i = 23; i < 26; i++) {
            String version = editor().get("/api/v1/members/" + ids.get(i)).then().statusCode(200).extract()
                    .header("ETag");
            editor().header("If-Match", version).delete("/api/v1/members/" + ids.get(i)).then().statusCode(204);
        }
        // In bulk: 40 new members and 20 of the ones above changed.
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> body = randomMember(random, i % 2 == 0 ? there : here, 200 + i, null);
            ndjson.append(JSON.writeValueAsString(body)).append('\n');
            bodies.add(body);
        }
        for (int i = 30; i < 50; i++) {
            Map<String, Object> changed = randomMember(random, i % 2 == 0 ? there : here, i, birth(bodies.get(i)));
            ndjson.append(JSON.writeValueAsString(changed)).append('\n');
            bodies.set(i, changed);
        }
        JsonPath result = given().header("Authorization", Tokens.bearer("sync")).contentType("application/x-ndjson")
                .body(ndjson.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/members/bulk").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(0, result.getInt("refused"), result::prettify);
        assertEquals(40, result.getInt("created"), result::prettify);
        written.addAll(bodies);
    }

    @Test
    void keptFiguresEqualCountedFiguresOnEveryDayThatMatters() {
        for (String prefix : PREFIXES) {
            // The province and city (shared with other tests) on every fourth day, to keep this quick.
            int step = prefix.length() == 6 ? 1 : 4;
            List<LocalDate> days = new ArrayList<>(days());
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < days.size(); i += step) {
                    LocalDate day = days.get(i);
                    assertEquals(MemberTally.Figures.live(members, prefix, day), tally.figures(prefix, day),
                            prefix + " on " + day);
                }
            });
        }
        MemberTally.Figures county = QuarkusTransaction.requiringNew()
                .call(() -> MemberTally.Figures.live(members, "150661", LocalDate.of(2025, 12, 31)));
        assertTrue(county.full() > 10 && county.transferredOut() + county.deceased() > 3, county::toString);
    }

    @Test
    void theReportQuotesTheKeptFigures() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        MemberTally.Figures counted = QuarkusTransaction.requiringNew()
                .call(() -> MemberTally.Figures.live(members, "150661", day));
        JsonPath report = editor().queryParam("region", "150661").queryParam("year", 2026).queryParam("asOf", "2026-03-01")
                .get("/api/v1/reports/organization").then().statusCode(200).extract().jsonPath();
        assertEquals(counted.full(), report.getLong("members.byStatus.FULL.value"));
        assertEquals(counted.probationary(), report.getLong("members.byStatus.PROBATIONARY.value"));
        assertEquals(counted.transferredOut(), report.getLong("members.byStatus.TRANSFERRED_OUT.value"));
        assertEquals(counted.deceased(), report.getLong("members.byStatus.DECEASED.value"));
        assertEquals(counted.full() + counted.probationary(), report.getLong("members.onRoll.value"));
        assertEquals(counted.joinedInYear(), report.getLong("members.joinedInYear.value"));
        assertEquals(counted.joinedInYearBefore(), report.getLong("members.joinedInYear.previous"));
        assertEquals(counted.fiftyYears(), report.getLong("members.fiftyYearMembers.value"));
        assertEquals(counted.flowing(), report.getLong("members.flowingMembers.value"));
        assertEquals(counted.doorPlates(), report.getLong("members.doorPlates.value"));
    }

    /** The migration's set-based backfill builds the same rows as the writes kept up one by one. */
    @Test
    void theMigrationBackfillBuildsTheSameTally() throws Exception {
        List<String> statements = backfill();
        transaction.begin();
        try {
            List<String> day = rows("SELECT region_prefix, day");
            List<String> year = rows("SELECT region_prefix, year");
            assertTrue(day.size() > 100, "day rows: " + day.size());
            em.createNativeQuery("DELETE FROM member_tally_day").executeUpdate();
            em.createNativeQuery("DELETE FROM member_tally_year").executeUpdate();
            statements.forEach(s -> em.createNativeQuery(s).executeUpdate());
            assertEquals(day, rows("SELECT region_prefix, day"));
            assertEquals(year, rows("SELECT region_prefix, year"));
        } finally {
            transaction.rollback();
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> rows(String select) {
        String table = select.endsWith("day") ? "member_tally_day" : "member_tally_year";
        List<Object[]> rows = em.createNativeQuery(select + ", on_roll, probationary, transferred_out, deceased, "
                + "fifty_years, flowing, door_plates FROM " + table + " WHERE on_roll <> 0 OR probationary <> 0 "
                + "OR transferred_out <> 0 OR deceased <> 0 OR fifty_years <> 0 OR flowing <> 0 OR door_plates <> 0 "
                + "ORDER BY 1, 2").getResultList();
        return rows.stream().map(r -> java.util.Arrays.stream(r).map(String::valueOf).collect(Collectors.joining(" ")))
                .toList();
    }

    /** The INSERT statements of the migration that created the tally. */
    private static List<String> backfill() throws IOException {
        try (InputStream in = MemberTallyTest.class.getResourceAsStream("/db/migration/V10__member_tally.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.trim().startsWith("--")).collect(Collectors.joining("\n"));
            List<String> inserts = new ArrayList<>();
            for (String s : sql.split(";")) {
                if (s.trim().startsWith("INSERT")) {
                    inserts.add(s.trim());
                }
            }
            assertEquals(4, inserts.size());
            return inserts;
        }
    }

    /** Every member's own dates and the days either side, 50 years on, year ends, mid-years, 29 February. */
    private static TreeSet<LocalDate> days() {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Map<String, Object> m : written) {
            for (String field : new String[] {"joinedOn", "fullMemberOn", "leftOn", "doorPlateOn"}) {
                Object value = m.get(field);
                if (value != null) {
                    LocalDate d = LocalDate.parse((String) value);
                    near(days, d);
                    if (field.equals("joinedOn")) {
                        near(days, d.plusYears(50));
                    }
                }
            }
            if (m.get("flowing") instanceof Map<?, ?> flowing && flowing.get("since") != null) {
                near(days, LocalDate.parse((String) flowing.get("since")));
            }
        }
        for (int year = 1960; year <= 2026; year += 3) {
            days.add(LocalDate.of(year, 12, 31));
            days.add(LocalDate.of(year, 6, 30));
        }
        days.add(LocalDate.of(2024, 2, 29));
        days.add(LocalDate.of(2026, 3, 1));
        return days;
    }

    private static void near(TreeSet<LocalDate> days, LocalDate d) {
        for (int i = -1; i <= 1; i++) {
            if (!d.plusDays(i).isAfter(LocalDate.of(2027, 12, 31))) {
                days.add(d.plusDays(i));
            }
        }
    }

    private static LocalDate birth(Map<String, Object> body) {
        return LocalDate.parse((String) body.get("birthDate"));
    }

    private static void put(int id, Map<String, Object> body) {
        String version = editor().get("/api/v1/members/" + id).then().statusCode(200).extract().header("ETag");
        editor().header("If-Match", version).body(body).put("/api/v1/members/" + id).then().statusCode(200);
    }

    private static Map<String, Object> member(int org, int sequence, LocalDate birth, String joinedOn) {
        Map<String, Object> body = MemberFixtures.member(org, "员" + sequence, idNumber("150661", birth, sequence),
                joinedOn);
        body.put("birthDate", birth.toString());
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... keysAndValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    /** A valid member with random dates and standing; {@code sequence} makes its ID number. */
    private static Map<String, Object> randomMember(Random r, int org, int sequence, LocalDate born) {
        LocalDate birth = born != null ? born : LocalDate.of(1925, 1, 1).plusDays(r.nextInt(70 * 365));
        LocalDate joined = birth.plusYears(18).plusDays(r.nextInt(40 * 365));
        if (joined.isAfter(TODAY)) {
            joined = birth.plusYears(18);
        }
        Map<String, Object> body = member(org, sequence, birth, joined.toString());
        String status = MemberStatus.values()[r.nextInt(4)].name();
        body.put("status", status);
        LocalDate full = joined.plusDays(1 + r.nextInt(500));
        if (!status.equals("PROBATIONARY") && r.nextInt(3) > 0 && !full.isAfter(TODAY)) {
            body.put("fullMemberOn", full.toString());
        }
        if (!status.equals("FULL") && !status.equals("PROBATIONARY") && r.nextInt(4) > 0) {
            LocalDate left = joined.plusDays(r.nextInt(15 * 365));
            body.put("leftOn", (left.isAfter(TODAY) ? TODAY : left).toString());
        }
        if (r.nextBoolean()) {
            Map<String, Object> flowing = new HashMap<>(Map.of("away", true, "where", "包头市"));
            if (r.nextBoolean()) {
                LocalDate since = joined.plusDays(r.nextInt(10 * 365) - 200);
                flowing.put("since", (since.isAfter(TODAY) ? TODAY : since).toString());
            }
            body.put("flowing", flowing);
        }
        if (r.nextBoolean()) {
            LocalDate plate = joined.plusDays(r.nextInt(20 * 365) - 1000);
            body.put("doorPlateOn", (plate.isAfter(TODAY) ? TODAY : plate).toString());
        }
        return body;
    }
}
