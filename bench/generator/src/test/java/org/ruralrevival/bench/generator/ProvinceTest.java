package org.ruralrevival.bench.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.identity.IdNumber;
import org.ruralrevival.platform.region.DivisionCode;

class ProvinceTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private static Province small(long seed) {
        return new Province(seed, 4, 600, 12_000, AS_OF);
    }

    private static Province tiny(long seed) {
        return new Province(seed, 1, 150, 1_500, AS_OF);
    }

    private static List<Map<String, Object>> records(Province p, String collection) {
        List<Map<String, Object>> out = new ArrayList<>();
        Generator.generate(p, collection, out::add, code -> code.hashCode() & 0xffff, ref -> ref.length());
        return out;
    }

    @Test
    void everyRegionCodeIsValidAndNestsUnderItsParentWhichComesFirst() {
        List<Map<String, Object>> regions = records(small(1), "regions");
        Set<String> seen = new HashSet<>();
        Map<Integer, Integer> byLevel = new HashMap<>();
        for (Map<String, Object> r : regions) {
            String code = (String) r.get("code");
            assertNull(DivisionCode.problemWith(code), code);
            DivisionCode c = DivisionCode.of(code);
            String parent = (String) r.get("parentCode");
            assertEquals(c.parent().map(DivisionCode::value).orElse(null), parent, code);
            assertTrue(parent == null || seen.contains(parent), "parent of " + code + " listed before it");
            assertTrue(seen.add(code), "code listed twice: " + code);
            byLevel.merge(c.level().ordinal(), 1, Integer::sum);
        }
        assertEquals(1, byLevel.get(0));
        assertEquals(4 * Layout.TOWNS_PER_COUNTY, regions.stream().filter(r -> ((String) r.get("code")).endsWith("000")
                && DivisionCode.of((String) r.get("code")).level().name().equals("TOWN")).count());
        assertEquals(600, regions.stream().filter(r -> r.containsKey("tier")).count());
    }

    @Test
    void theFullSizeProvinceHasAboutAHundredCountiesFifteenHundredTownsAndTwentyThousandVillages() {
        Layout layout = new Layout(20261122, 100, 20_000);
        assertEquals(100, layout.counties.size());
        assertEquals(1_500, layout.towns.size());
        assertEquals(20_000, layout.villages.size());
        assertEquals(20_000, layout.villages.stream().map(Layout.Place::code).distinct().count());
    }

    @Test
    void membersHaveValidDistinctIdNumbersThatAgreeWithBirthDateAndGender() {
        Province p = small(2);
        List<Map<String, Object>> members = records(p, "members");
        assertEquals(12_000, members.size());
        Set<String> ids = new HashSet<>();
        int women = 0;
        for (Map<String, Object> m : members) {
            String id = (String) m.get("idNumber");
            assertNull(IdNumber.problemWith(id), id);
            assertTrue(ids.add(id), "ID number repeated");
            IdNumber parsed = IdNumber.parse(id);
            assertEquals(LocalDate.parse((String) m.get("birthDate")), parsed.birthDate());
            assertEquals(parsed.male() ? "MALE" : "FEMALE", m.get("gender"));
            LocalDate joined = LocalDate.parse((String) m.get("joinedOn"));
            assertTrue(!joined.isBefore(parsed.birthDate().plusYears(18)) && !joined.isAfter(AS_OF), "joined " + joined);
            if (m.get("fullMemberOn") != null) {
                assertTrue(LocalDate.parse((String) m.get("fullMemberOn")).isAfter(joined));
            } else {
                assertEquals("PROBATIONARY", m.get("status"));
            }
            women += "FEMALE".equals(m.get("gender")) ? 1 : 0;
        }
        // Rural membership is mostly men: about a quarter women.
        assertTrue(women > 12_000 * 0.18 && women < 12_000 * 0.30, "women " + women);
    }

    @Test
    void recruitsIdNumbersNeverCollideWithMembers() {
        Province p = small(3);
        Set<String> ids = new HashSet<>();
        records(p, "members").forEach(m -> ids.add((String) m.get("idNumber")));
        for (Map<String, Object> r : records(p, "recruits")) {
            assertNull(IdNumber.problemWith((String) r.get("idNumber")));
            assertTrue(ids.add((String) r.get("idNumber")));
        }
    }

    @Test
    void theSameSeedGivesTheSameLinesAndAnotherSeedOthers() {
        for (String collection : Generator.COLLECTIONS) {
            List<String> a = records(tiny(7), collection).stream().map(Generator::json).toList();
            List<String> b = records(tiny(7), collection).stream().map(Generator::json).toList();
            List<String> c = records(tiny(8), collection).stream().map(Generator::json).toList();
            assertEquals(a, b, collection);
            assertNotEquals(a, c, collection);
        }
    }

    @Test
    void incomeSourcesAddUpToTheTotals() {
        for (Map<String, Object> income : records(small(4), "incomes")) {
            @SuppressWarnings("unchecked")
            Map<String, BigDecimal> bySource = (Map<String, BigDecimal>) income.get("bySource");
            BigDecimal operating = bySource.get("RESOURCE").add(bySource.get("ASSET_LEASE")).add(bySource.get("SERVICE"))
                    .add(bySource.get("INVESTMENT"));
            assertEquals(income.get("operatingIncome"), operating);
            assertEquals(income.get("totalIncome"), operating.add(bySource.get("SUBSIDY")).add(bySource.get("OTHER")));
        }
    }

    @Test
    void jointProjectSharesAddUpToOne() {
        for (Map<String, Object> project : records(small(5), "projects")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> holders = (List<Map<String, Object>>) project.get("villages");
            if (holders.size() > 1) {
                BigDecimal sum = holders.stream().map(h -> (BigDecimal) h.get("share")).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, sum.compareTo(BigDecimal.ONE), project.get("name").toString());
            }
        }
    }

    @Test
    void everyTermHasOneSecretaryAndOneDirector() {
        Map<Long, int[]> heads = new HashMap<>();
        Province p = small(6);
        List<Map<String, Object>> people = new ArrayList<>();
        Generator.generate(p, "committee-members", people::add, code -> 0, ref -> ref.hashCode() & 0x7fffffffL);
        for (Map<String, Object> m : people) {
            @SuppressWarnings("unchecked")
            List<String> posts = (List<String>) m.get("posts");
            int[] h = heads.computeIfAbsent((Long) m.get("termId"), k -> new int[2]);
            h[0] += posts.contains("PARTY_SECRETARY") ? 1 : 0;
            h[1] += posts.contains("VILLAGE_DIRECTOR") ? 1 : 0;
        }
        assertEquals(600 * 2, heads.size());
        heads.values().forEach(h -> {
            assertEquals(1, h[0]);
            assertEquals(1, h[1]);
        });
    }
}
