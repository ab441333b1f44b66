package org.ruralrevival.talent.wealthleader;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, Long> {

    public record Page(List<Target> items, long total) {
    }

    /** Achieved and in-progress counts of one target. */
    public record Counts(long achieved, long inProgress) {
    }

    public Optional<Target> findByKey(String regionCode, int year, TargetKind kind) {
        return find("regionCode = ?1 and year = ?2 and kind = ?3", regionCode, year, kind).firstResultOptional();
    }

    public Page search(String prefix, Integer year, PageQuery page) {
        StringBuilder q = new StringBuilder("regionCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        var query = find(q + " order by regionCode, year, kind", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }

    /** Targets set for exactly this region for {@code year} or later. */
    public List<Target> forRegionFrom(String regionCode, int year) {
        return list("regionCode = ?1 and year >= ?2 order by year, kind", regionCode, year);
    }

    /**
     * Progress of each target on {@code asOf}, capped at the end of its year: entries of its ledger in its
     * region (village cadres only for CADRE_TO_LEADER) achieved by then, and those started but not yet achieved.
     */
    public Map<Long, Counts> progress(List<Long> ids, LocalDate asOf) {
        Map<Long, Counts> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT t.id, "
                        + "COALESCE(SUM(CASE WHEN e.achieved_on <= :asOf AND YEAR(e.achieved_on) <= t.target_year "
                        + "THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN e.started_on <= :asOf AND YEAR(e.started_on) <= t.target_year "
                        + "AND (e.achieved_on IS NULL OR e.achieved_on > :asOf OR YEAR(e.achieved_on) > t.target_year) "
                        + "THEN 1 ELSE 0 END), 0) "
                        + "FROM wealth_leader_target t "
                        + "LEFT JOIN wealth_leader_entry e ON e.village_code LIKE CONCAT(t.region_prefix, '%') "
                        + "AND e.kind = CASE WHEN t.kind = 'CADRE_TO_LEADER' THEN 'MEMBER_TO_LEADER' ELSE t.kind END "
                        + "AND (t.kind <> 'CADRE_TO_LEADER' OR e.village_cadre = TRUE) "
                        + "WHERE t.id IN (:ids) GROUP BY t.id")
                .setParameter("asOf", asOf).setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            counts.put(((Number) r[0]).longValue(), new Counts(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return counts;
    }
}
