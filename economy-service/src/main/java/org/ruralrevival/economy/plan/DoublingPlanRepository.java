package org.ruralrevival.economy.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class DoublingPlanRepository implements PanacheRepositoryBase<DoublingPlan, Long> {

    /**
     * True when plan {@code p} is behind in year {@code :year}: the latest operating income from
     * the baseline year up to the year (else the baseline income), times the plan's span, is
     * below the straight target line times the span (see {@link DoublingPath}). Portable to
     * MySQL 8 and MariaDB.
     */
    public static final String BEHIND = "(COALESCE((SELECT SUM(vi.operating_income) FROM village_income vi "
            + "WHERE vi.village_code = p.village_code AND vi.year = (SELECT MAX(v2.year) FROM village_income v2 "
            + "WHERE v2.village_code = p.village_code AND v2.year BETWEEN p.baseline_year AND :year)), p.baseline_income) "
            + "* (p.target_year - p.baseline_year) < p.baseline_income * (p.target_year - p.baseline_year) "
            + "+ (p.baseline_income * p.target_multiple - p.baseline_income) "
            + "* LEAST(:year - p.baseline_year, p.target_year - p.baseline_year))";

    public record Latest(int year, BigDecimal operatingIncome) {
    }

    public record Page(List<DoublingPlan> items, long total) {
    }

    public Optional<DoublingPlan> findByVillageAndBaseline(String villageCode, int baselineYear) {
        return find("villageCode = ?1 and baselineYear = ?2", villageCode, baselineYear).firstResultOptional();
    }

    /** The village's latest year with income from {@code from} up to {@code to}, with its operating income. */
    public Optional<Latest> latestIncome(String villageCode, int from, int to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT year, SUM(operating_income) FROM village_income "
                        + "WHERE village_code = :village AND year BETWEEN :from AND :to GROUP BY year ORDER BY year DESC")
                .setParameter("village", villageCode).setParameter("from", from).setParameter("to", to)
                .setMaxResults(1).getResultList();
        return rows.stream().findFirst()
                .map(r -> new Latest(((Number) r[0]).intValue(), new BigDecimal(r[1].toString()).setScale(2)));
    }

    /**
     * Plans with the village in the subtree; with {@code behind} given, only plans that have begun
     * by {@code year} and are (true) or are not (false) behind in it.
     */
    public Page search(String prefix, Boolean behind, int year, PageQuery page) {
        String where = " FROM doubling_plan p WHERE p.village_code LIKE :prefix"
                + (behind == null ? "" : " AND p.baseline_year < :year AND " + (behind ? BEHIND : "NOT " + BEHIND));
        var em = getEntityManager();
        var ids = em.createNativeQuery("SELECT p.id" + where + " ORDER BY p.village_code, p.baseline_year")
                .setParameter("prefix", prefix + "%");
        var count = em.createNativeQuery("SELECT COUNT(*)" + where).setParameter("prefix", prefix + "%");
        if (behind != null) {
            ids.setParameter("year", year);
            count.setParameter("year", year);
        }
        @SuppressWarnings("unchecked")
        List<Number> found = ids.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        List<DoublingPlan> plans = found.isEmpty() ? List.of()
                : list("id in ?1 order by villageCode, baselineYear", found.stream().map(Number::longValue).toList());
        return new Page(plans, ((Number) count.getSingleResult()).longValue());
    }
}
