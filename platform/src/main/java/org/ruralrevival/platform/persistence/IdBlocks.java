package org.ruralrevival.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Blocks of ids for rows written by plain JDBC batches (bulk uploads), from the same
 * {@code id_generator} row Hibernate's pooled generator uses for that table (see {@link BaseEntity}:
 * its segment is the entity's table name), so a record created alone and one created in bulk
 * never get the same id.
 *
 * <p>Hibernate's pooled optimizer reads the stored value {@code T}, stores {@code T + 100} and
 * uses 100 ids next to {@code T} (measured here: {@code T+1 .. T+100}; "pooled-lo" as documented
 * would be {@code T .. T+99}). Either way every id it has used lies at or below the value stored
 * now, and every id it uses later lies at or above the value it reads then. Raising the stored
 * value from {@code S} to {@code S + n + 1} (one row lock, as Hibernate's own update) and taking
 * {@code S+1 .. S+n} therefore never meets an id Hibernate hands out, whichever of the two it is.
 * IdBlocksTest in organization-service interleaves the two and checks.
 */
@ApplicationScoped
public class IdBlocks {

    private final EntityManager em;

    IdBlocks(EntityManager em) {
        this.em = em;
    }

    /**
     * Reserves {@code count} consecutive ids of {@code table} (the entity's table name, Hibernate's
     * segment for it) and answers the first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long allocate(String table, int count) {
        // Hibernate creates a missing row with its initial value, 1; so do we.
        em.createNativeQuery("INSERT IGNORE INTO id_generator (entity, next_id) VALUES (?1, 1)")
                .setParameter(1, table).executeUpdate();
        em.createNativeQuery("UPDATE id_generator SET next_id = LAST_INSERT_ID(next_id) + ?1 WHERE entity = ?2")
                .setParameter(1, count + 1L).setParameter(2, table).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue() + 1;
    }
}
