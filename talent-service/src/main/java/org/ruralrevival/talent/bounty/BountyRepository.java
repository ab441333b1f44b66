package org.ruralrevival.talent.bounty;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class BountyRepository implements PanacheRepositoryBase<Bounty, Long> {

    public record Page(List<Bounty> items, long total) {
    }

    public record Totals(long posted, long open, long claimed, long completed, BigDecimal fundsSpent, long points) {
    }

    public Page search(String prefix, BountyState state, PageQuery page) {
        StringBuilder q = new StringBuilder("regionCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (state != null) {
            q.append(" and state = :state");
            p.and("state", state);
        }
        var query = find(q + " order by postedOn, id", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }

    /** Row lock before a claim or completion is judged (plain FOR UPDATE, which MariaDB understands). */
    public Optional<Bounty> lock(long id) {
        boolean exists = !getEntityManager().createNativeQuery("SELECT id FROM bounty WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        return exists ? findByIdOptional(id) : Optional.empty();
    }

    public Totals totals(String prefix, LocalDate from, LocalDate to) {
        Object[] r = (Object[]) getEntityManager().createNativeQuery("SELECT "
                        + "COALESCE(SUM(CASE WHEN posted_on BETWEEN :from AND :to THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN posted_on <= :to AND (claimed_on IS NULL OR claimed_on > :to) THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN claimed_on <= :to AND (completed_on IS NULL OR completed_on > :to) THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN completed_on BETWEEN :from AND :to THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN completed_on BETWEEN :from AND :to THEN funds_spent ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN completed_on BETWEEN :from AND :to THEN points ELSE 0 END), 0) "
                        + "FROM bounty WHERE region_code LIKE :prefix")
                .setParameter("prefix", prefix + "%").setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Totals(n(r[0]), n(r[1]), n(r[2]), n(r[3]), new BigDecimal(r[4].toString()).setScale(2), n(r[5]));
    }

    /** Points per claimant for bounties completed in the period, highest first. */
    public List<BountySummary.ClaimantPoints> points(String prefix, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT claimant_kind, claimant_name, claimant_member_id, "
                        + "COUNT(*), COALESCE(SUM(points), 0) FROM bounty "
                        + "WHERE region_code LIKE :prefix AND completed_on BETWEEN :from AND :to "
                        + "GROUP BY claimant_kind, claimant_name, claimant_member_id "
                        + "ORDER BY COALESCE(SUM(points), 0) DESC, claimant_name")
                .setParameter("prefix", prefix + "%").setParameter("from", from).setParameter("to", to).getResultList();
        List<BountySummary.ClaimantPoints> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new BountySummary.ClaimantPoints(ClaimantKind.valueOf((String) r[0]), (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue(), n(r[3]), n(r[4])));
        }
        return result;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
