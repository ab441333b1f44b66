package org.ruralrevival.organization.partyorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;

/**
 * Single creates and renames of organizations from several clients at once: each writes its history,
 * and none may deadlock on the history table's index (a closing UPDATE through it took gap locks,
 * and two writers then waited on each other's inserts: a 500).
 */
@QuarkusTest
class OrganizationConcurrencyTest {

    private static final int CLIENTS = 4;
    private static final int PER_CLIENT = 15;

    @Test
    void concurrentCreatesAllLandWithTheirHistory() throws Exception {
        Fixtures.countyWithTown("630505", "001");
        String village = Orgs.village("630505001201", "并发村");
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Integer>>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Callable<List<Integer>> creates = () -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < PER_CLIENT; i++) {
                        statuses.add(editor().body(Map.of("name", "并发党小组" + client + "-" + i, "type", "GROUP",
                                "regionCode", village)).post("/api/v1/organizations").statusCode());
                    }
                    return statuses;
                };
                clients.add(pool.submit(creates));
            }
            for (Future<List<Integer>> client : clients) {
                assertEquals(Collections.nCopies(PER_CLIENT, 201), client.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        int total = editor().queryParam("region", "630505").queryParam("size", 100).get("/api/v1/organizations")
                .then().statusCode(200).extract().path("total");
        assertEquals(CLIENTS * PER_CLIENT, total);
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        long states = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM party_organization_history WHERE region_code = ?1 AND valid_to IS NULL")
                .setParameter(1, village).getSingleResult()).longValue());
        assertEquals(CLIENTS * PER_CLIENT, states, "one current history state per new organization");
    }

    /** Renames of different organizations at once: each ends its own state and starts the next. */
    @Test
    void concurrentRenamesOfDifferentOrganizationsAllLand() throws Exception {
        Fixtures.countyWithTown("630506", "001");
        String village = Orgs.village("630506001201", "改名村");
        List<Integer> ids = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            ids.add(Orgs.create("改名党小组" + c, "GROUP", village));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Integer>>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int id = ids.get(c);
                Callable<List<Integer>> renames = () -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < PER_CLIENT; i++) {
                        statuses.add(editor().header("If-Match", "\"" + i + "\"").body(Map.of("name", "改名党小组" + id + "-" + i,
                                "type", "GROUP", "regionCode", village)).put("/api/v1/organizations/" + id).statusCode());
                    }
                    return statuses;
                };
                clients.add(pool.submit(renames));
            }
            for (Future<List<Integer>> client : clients) {
                assertEquals(Collections.nCopies(PER_CLIENT, 200), client.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        List<?> counts = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT COUNT(*) - SUM(valid_to IS NULL) FROM party_organization_history WHERE region_code = ?1"
                        + " GROUP BY organization_id").setParameter(1, village).getResultList());
        assertEquals(CLIENTS, counts.size());
        for (Object ended : counts) {
            assertEquals(PER_CLIENT, ((Number) ended).intValue(), "every rename ended one state; one stays current");
        }
    }
}
