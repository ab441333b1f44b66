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
 * <p>The row holds the last id handed out (Hibernate's {@code stored_last_used}, with Quarkus's
 * pooled-lo optimizer): Hibernate reads {@code T}, stores {@code T + 100} and uses the ids
 * {@code T+1 .. T+100}. So every id it has used or holds is at most the stored value, and its next
 * block starts just above the value it reads next. Raising the stored value from {@code O} to
 * {@code O + n} therefore frees {@code O+1 .. O+n} for us alone.
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
        // A row made here starts past the ids Hibernate's own first block would have used.
        em.createNativeQuery("INSERT IGNORE INTO id_generator (entity, next_id) VALUES (?1, ?2)")
                .setParameter(1, table).setParameter(2, 1 + 2L * POOL).executeUpdate();
        em.createNativeQuery("UPDATE id_generator SET next_id = LAST_INSERT_ID(GREATEST(next_id, ?3) + ?1) WHERE entity = ?2")
                .setParameter(1, count).setParameter(2, table).setParameter(3, 1 + 2L * POOL).executeUpdate();
        long raised = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return raised - count + 1;
    }
}
