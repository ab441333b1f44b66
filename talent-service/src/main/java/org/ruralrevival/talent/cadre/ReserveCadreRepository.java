package org.ruralrevival.talent.cadre;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.talent.region.KnownVillages;

@ApplicationScoped
public class ReserveCadreRepository implements PanacheRepositoryBase<ReserveCadre, Long> {

    /** 2–5 reserve cadres per village (按每村 2-5 人标准). */
    public static final int MINIMUM = 2;
    public static final int MAXIMUM = 5;

    public record Page(List<ReserveCadre> items, long total) {
    }

    public record VillageCount(String villageCode, long count, long secretarySuccessors, long collegeEducated,
            long youngMembers, long wealthLeaders) {
    }

    public record Totals(long villages, long cadres, long villagesBelow, long villagesAbove) {
    }

    /** Who was in the reserve on a day: entered by then and not yet appointed. */
    private static final String IN_RESERVE_ON = "c.village_code = k.village_code AND c.reserved_on <= :asOf "
            + "AND (c.appointed_on IS NULL OR c.appointed_on > :asOf)";

    public Page search(String prefix, CadreCategory category, CadreStatus status, PageQuery page) {
        StringBuilder q = new StringBuilder("villageCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (category != null) {
            q.append(" and category = :category");
            p.and("category", category);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        var query = find(q + " order by villageCode, id", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }

    /** Row lock before an appointment is judged (plain FOR UPDATE, which MariaDB understands). */
    public Optional<ReserveCadre> lock(long id) {
        boolean exists = !getEntityManager().createNativeQuery("SELECT id FROM reserve_cadre WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        return exists ? findByIdOptional(id) : Optional.empty();
    }

    /**
     * Reserve cadres per known village (see {@link KnownVillages}) on {@code asOf}, by 1211 category;
     * with {@code outsideOnly} just the villages below {@value #MINIMUM} or above {@value #MAXIMUM}.
     */
    public List<VillageCount> perVillage(String prefix, List<String> villages, LocalDate asOf, boolean outsideOnly) {
        var query = getEntityManager().createNativeQuery("SELECT k.village_code, COUNT(c.id), "
                + "SUM(CASE WHEN c.category = 'SECRETARY_SUCCESSOR' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN c.category = 'COLLEGE_EDUCATED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN c.category = 'YOUNG_MEMBER' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN c.category = 'WEALTH_LEADER' THEN 1 ELSE 0 END) "
                + "FROM " + KnownVillages.table(villages.size()) + " k "
                + "LEFT JOIN reserve_cadre c ON " + IN_RESERVE_ON + " "
                + "GROUP BY k.village_code "
                + (outsideOnly ? "HAVING COUNT(c.id) < :minimum OR COUNT(c.id) > :maximum " : "")
                + "ORDER BY k.village_code");
        KnownVillages.bind(query, prefix, villages).setParameter("asOf", asOf);
        if (outsideOnly) {
            query.setParameter("minimum", MINIMUM).setParameter("maximum", MAXIMUM);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<VillageCount> counts = new ArrayList<>();
        for (Object[] r : rows) {
            counts.add(new VillageCount((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])));
        }
        return counts;
    }

    /** Known villages, reserve cadres, and villages below and above the standard, on {@code asOf}. */
    public Totals totals(String prefix, List<String> villages, LocalDate asOf) {
        var query = getEntityManager().createNativeQuery("SELECT COUNT(*), COALESCE(SUM(v.n), 0), "
                + "COALESCE(SUM(CASE WHEN v.n < :minimum THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN v.n > :maximum THEN 1 ELSE 0 END), 0) "
                + "FROM (SELECT k.village_code, COUNT(c.id) AS n FROM " + KnownVillages.table(villages.size()) + " k "
                + "LEFT JOIN reserve_cadre c ON " + IN_RESERVE_ON + " GROUP BY k.village_code) v");
        KnownVillages.bind(query, prefix, villages).setParameter("asOf", asOf)
                .setParameter("minimum", MINIMUM).setParameter("maximum", MAXIMUM);
        Object[] r = (Object[]) query.getSingleResult();
        return new Totals(n(r[0]), n(r[1]), n(r[2]), n(r[3]));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
