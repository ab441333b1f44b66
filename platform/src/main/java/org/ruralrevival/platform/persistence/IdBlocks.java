package org.ruralrevival.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Blocks of ids for rows written by plain JDBC batches (bulk uploads), from the same
 * {@code id_generator} row Hibernate's pooled generator uses (see {@link BaseEntity}), so the two
 * never hand out the same id. Hibernate keeps one row per entity, named by its table
 * ({@code party_member}, {@code region}), so the caller names the table.
 *
 * <p>Hibernate's pooled optimizer reads the stored value {@code T}, stores {@code T + 100} and
 * uses the ids {@code T-99 .. T}: every id it has used or will use later lies at or below
 * (stored value − 100) at the time, or above the value it reads next. Raising the stored value
 * from {@code O} to {@code O + n} therefore frees {@code O-99 .. O+n-100} for us alone.
 */
@ApplicationScoped
public class IdBlocks {

    /** BaseEntity's allocationSize. */
    static final int POOL = 100;

    private final EntityManager em;

    IdBlocks(EntityManager em) {
        this.em = em;
    }

    /** Reserves {@code count} consecutive ids of the entity stored in {@code table} and answers the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long allocate(String table, int count) {
        // The block must be past Hibernate's very first block too (it starts at the initial value 1).
        em.createNativeQuery("INSERT IGNORE INTO id_generator (entity, next_id) VALUES (?1, ?2)")
                .setParameter(1, table).setParameter(2, 1 + 2L * POOL).executeUpdate();
        em.createNativeQuery("UPDATE id_generator SET next_id = LAST_INSERT_ID(GREATEST(next_id, ?3) + ?1) WHERE entity = ?2")
                .setParameter(1, count).setParameter(2, table).setParameter(3, 1 + 2L * POOL).executeUpdate();
        long raised = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return raised - count - POOL + 1;
    }
}
