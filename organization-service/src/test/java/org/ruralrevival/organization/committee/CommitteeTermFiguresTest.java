package org.ruralrevival.organization.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.platform.testing.BulkCalls.assertCounts;
import static org.ruralrevival.platform.testing.BulkCalls.line;
import static org.ruralrevival.platform.testing.BulkCalls.upload;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;

/**
 * The kept per-term figures (committee_term_figures) equal a recount from the members and posts
 * after every kind of write: bulk and single, new posts, a member moved to another term, a new
 * election date (ages), a deleted member and a deleted term.
 */
@QuarkusTest
class CommitteeTermFiguresTest {

    /** The migration's recount, as rows comparable with the kept ones. */
    private static final String RECOUNT = """
            SELECT t.id, t.region_code, t.term_year, COUNT(m.id),
                   COALESCE(SUM(TIMESTAMPDIFF(YEAR, m.birth_date, t.election_date)), 0),
                   COUNT(sec.member_id),
                   COALESCE(SUM(CASE WHEN sec.member_id IS NOT NULL THEN TIMESTAMPDIFF(YEAR, m.birth_date, t.election_date) END), 0),
                   COALESCE(SUM(CASE WHEN m.education IN ('JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR') THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN m.gender = 'FEMALE' THEN 1 ELSE 0 END), 0),
                   COUNT(DISTINCT CASE WHEN sec.member_id IS NOT NULL AND dir.member_id IS NOT NULL THEN t.id END)
              FROM committee_term t
              LEFT JOIN committee_member m ON m.term_id = t.id
              LEFT JOIN committee_member_post sec ON sec.member_id = m.id AND sec.post = 'PARTY_SECRETARY'
              LEFT JOIN committee_member_post dir ON dir.member_id = m.id AND dir.post = 'VILLAGE_DIRECTOR'
             WHERE t.region_code LIKE '150695%'
             GROUP BY t.id, t.region_code, t.term_year ORDER BY t.id
            """;
    private static final String KEPT = "SELECT term_id, region_code, term_year, members, age_sum, secretaries, "
            + "secretary_age_sum, college, women, one_shoulder FROM committee_term_figures "
            + "WHERE region_code LIKE '150695%' ORDER BY term_id";

    private static String rows(String sql) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getResultList());
        StringBuilder text = new StringBuilder();
        for (Object row : rows) {
            for (Object v : (Object[]) row) {
                text.append(v instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(v)).append(' ');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void assertKeptEqualsRecount(String after) {
        String recount = rows(RECOUNT);
        assertFalse(recount.isEmpty());
        assertEquals(recount, rows(KEPT), "kept figures after " + after);
    }

    private static String person(long termId, String name, String gender, String birthDate, String education,
            String posts, String ref) {
        return "{\"termId\":" + termId + ",\"name\":\"" + name + "\",\"gender\":\"" + gender + "\",\"birthDate\":\""
                + birthDate + "\",\"education\":\"" + education + "\",\"posts\":[" + posts + "],"
                + "\"externalRef\":{\"system\":\"figures-test\",\"id\":\"" + ref + "\"}}";
    }

    @Test
    void keptFiguresEqualARecountAfterEveryKindOfWrite() {
        Fixtures.countyWithTown("150695", "101");
        Fixtures.region("150695101201", "统计一村");
        Fixtures.region("150695101202", "统计二村");
        JsonPath terms = upload("/api/v1/committee-terms", List.of(
                "{\"regionCode\":\"150695101201\",\"termYear\":2021,\"electionDate\":\"2021-04-12\"}",
                "{\"regionCode\":\"150695101202\",\"termYear\":2021,\"electionDate\":\"2021-04-15\"}",
                "{\"regionCode\":\"150695101201\",\"termYear\":2018,\"electionDate\":\"2018-04-10\"}"));
        assertCounts(terms, 3, 0, 0, 0);
        long first = ((Number) line(terms, 1).get("id")).longValue();
        long second = ((Number) line(terms, 2).get("id")).longValue();
        long old = ((Number) line(terms, 3).get("id")).longValue();
        assertKeptEqualsRecount("terms without members");

        List<String> people = List.of(
                person(first, "甲", "MALE", "1975-04-12", "BACHELOR", "\"PARTY_SECRETARY\",\"VILLAGE_DIRECTOR\"", "F-1"),
                person(first, "乙", "FEMALE", "1990-04-13", "SENIOR_HIGH", "\"PARTY_COMMITTEE_MEMBER\"", "F-2"),
                person(second, "丙", "MALE", "1980-01-01", "JUNIOR_COLLEGE", "\"PARTY_SECRETARY\"", "F-3"),
                person(second, "丁", "FEMALE", "1985-06-30", "MASTER", "\"VILLAGE_DIRECTOR\"", "F-4"),
                person(old, "戊", "MALE", "1970-02-28", "TECHNICAL_SECONDARY", "\"PARTY_SECRETARY\"", "F-5"));
        JsonPath members = upload("/api/v1/committee-members", people);
        assertCounts(members, 5, 0, 0, 0);
        assertKeptEqualsRecount("a bulk upload of members");

        // New posts and a move to the other village's term, in bulk.
        assertCounts(upload("/api/v1/committee-members", List.of(
                people.get(1).replace("\"PARTY_COMMITTEE_MEMBER\"", "\"VILLAGE_COMMITTEE_MEMBER\""),
                people.get(3).replace("\"termId\":" + second, "\"termId\":" + first)
                        .replace("\"VILLAGE_DIRECTOR\"", "\"VILLAGE_COMMITTEE_MEMBER\""))), 0, 2, 0, 0);
        assertKeptEqualsRecount("bulk corrections and a move between terms");

        // A new election date changes every age of the term.
        Map<String, Object> term = Map.of("regionCode", "150695101201", "termYear", 2021, "electionDate", "2021-04-11");
        editor().header("If-Match", "\"0\"").body(term).put("/api/v1/committee-terms/" + first).then().statusCode(200);
        assertKeptEqualsRecount("a new election date");

        // Single writes: a new member, then delete one, then a term.
        int added = CommitteeFixtures.addMember((int) second, "己", "FEMALE", "1992-09-09", "DOCTOR", "VILLAGE_COMMITTEE_MEMBER");
        assertKeptEqualsRecount("a single new member");
        editor().header("If-Match", "\"0\"").delete("/api/v1/committee-members/" + added).then().statusCode(204);
        long fifth = ((Number) line(members, 5).get("id")).longValue();
        editor().header("If-Match", "\"0\"").delete("/api/v1/committee-members/" + fifth).then().statusCode(204);
        editor().header("If-Match", "\"0\"").delete("/api/v1/committee-terms/" + old).then().statusCode(204);
        assertKeptEqualsRecount("deleted members and a deleted term");
    }
}
