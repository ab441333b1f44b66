package org.ruralrevival.organization.collectiveincome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The local copy of village collective incomes, written only by {@link IncomeRecordedHandler}. */
@ApplicationScoped
public class CollectiveIncomes {

    private final EntityManager em;

    CollectiveIncomes(EntityManager em) {
        this.em = em;
    }

    /** Stores the figures unless a later event of the sender (higher seq) already did. */
    void upsert(CollectiveIncome income, long sourceSeq) {
        String later = "(source_seq < VALUES(source_seq))";
        em.createNativeQuery("INSERT INTO village_collective_income (village_code, year, operating_income, total_income, "
                        + "net_income, source_seq, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON DUPLICATE KEY UPDATE "
                        + "operating_income = IF(" + later + ", VALUES(operating_income), operating_income), "
                        + "total_income = IF(" + later + ", VALUES(total_income), total_income), "
                        + "net_income = IF(" + later + ", VALUES(net_income), net_income), "
                        + "updated_at = IF(" + later + ", VALUES(updated_at), updated_at), "
                        // last: the conditions above compare against the stored seq
                        + "source_seq = GREATEST(source_seq, VALUES(source_seq))")
                .setParameter(1, income.villageCode()).setParameter(2, income.year())
                .setParameter(3, income.operatingIncome()).setParameter(4, income.totalIncome())
                .setParameter(5, income.netIncome()).setParameter(6, sourceSeq).setParameter(7, Instant.now())
                .executeUpdate();
    }

    void remove(String villageCode, int year, long sourceSeq) {
        em.createNativeQuery("DELETE FROM village_collective_income WHERE village_code = ?1 AND year = ?2 AND source_seq < ?3")
                .setParameter(1, villageCode).setParameter(2, year).setParameter(3, sourceSeq).executeUpdate();
    }

    public Optional<CollectiveIncome> find(String villageCode, int year) {
        return Optional.ofNullable(findAll(List.of(villageCode), List.of(year)).get(key(villageCode, year)));
    }

    /** The incomes of these villages in these years, by {@link #key(String, int)}: one query for a page of ratings. */
    public Map<String, CollectiveIncome> findAll(Collection<String> villageCodes, Collection<Integer> years) {
        Map<String, CollectiveIncome> found = new HashMap<>();
        if (villageCodes.isEmpty() || years.isEmpty()) {
            return found;
        }
        List<?> rows = em.createNativeQuery("SELECT village_code, year, operating_income, total_income, net_income "
                        + "FROM village_collective_income WHERE village_code IN (?1) AND year IN (?2)")
                .setParameter(1, villageCodes).setParameter(2, years).getResultList();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            CollectiveIncome income = new CollectiveIncome((String) row[0], ((Number) row[1]).intValue(),
                    (BigDecimal) row[2], (BigDecimal) row[3], (BigDecimal) row[4], "yuan");
            found.put(key(income.villageCode(), income.year()), income);
        }
        return found;
    }

    public static String key(String villageCode, int year) {
        return villageCode + "/" + year;
    }
}
