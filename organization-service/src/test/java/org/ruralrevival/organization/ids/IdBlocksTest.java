package org.ruralrevival.organization.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.member.Member;
import org.ruralrevival.organization.region.Region;
import org.ruralrevival.platform.persistence.BaseEntity;
import org.ruralrevival.platform.persistence.IdBlocks;

/**
 * Bulk writers take blocks of ids from the same counter Hibernate uses for the table, so records
 * created alone and in bulk, in any order, never share an id (they once came from two counters
 * that overlapped: a duplicate key on the next single create).
 */
@QuarkusTest
class IdBlocksTest {

    @Inject
    EntityManager em;

    @Inject
    IdBlocks ids;

    @Test
    void blocksAndHibernateIdsOfATableNeverOverlap() {
        assertDisjoint("region", Region::new);
        assertDisjoint("party_member", Member::new);
    }

    private void assertDisjoint(String table, java.util.function.Supplier<? extends BaseEntity> entity) {
        Set<Long> seen = new HashSet<>();
        int handedOut = 0;
        for (int round = 0; round < 6; round++) {
            int block = 37 + round * 11;
            long first = QuarkusTransaction.requiringNew().call(() -> ids.allocate(table, block));
            for (long id = first; id < first + block; id++) {
                assertTrue(seen.add(id), table + " id " + id + " handed out twice");
            }
            handedOut += block;
            // Hibernate draws its ids while persisting; the rows themselves are never written.
            QuarkusTransaction.begin();
            try {
                for (int i = 0; i < 70; i++) {
                    BaseEntity e = entity.get();
                    em.persist(e);
                    assertTrue(seen.add(e.id), table + " id " + e.id + " handed out twice");
                }
            } finally {
                QuarkusTransaction.rollback();
            }
            handedOut += 70;
        }
        assertEquals(handedOut, seen.size());
    }
}
