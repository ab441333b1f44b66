package org.ruralrevival.talent.dispatch;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class DispatchRepository implements PanacheRepositoryBase<Dispatch, Long> {

    public record Page(List<Dispatch> items, long total) {
    }

    public record Totals(long dispatched, long firstSecretaries, long workTeamMembers, long projects, BigDecimal funds,
            long opinions, long problemsSolved) {
    }

    /** Dispatches in the region that overlap the period (in the village on at least one of its days). */
    public Page search(String prefix, DispatchKind kind, LocalDate from, LocalDate to, PageQuery page) {
        StringBuilder q = new StringBuilder("villageCode like :prefix and fromDate <= :to and (toDate is null or toDate >= :from)");
        Parameters p = Parameters.with("prefix", prefix + "%").and("from", from).and("to", to);
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        var query = find(q + " order by villageCode, fromDate, id", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }

    public Totals totals(String prefix, LocalDate from, LocalDate to) {
        Object[] people = (Object[]) getEntityManager().createNativeQuery("SELECT COUNT(*), "
                        + "COALESCE(SUM(CASE WHEN kind = 'FIRST_SECRETARY' THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN kind = 'WORK_TEAM_MEMBER' THEN 1 ELSE 0 END), 0) "
                        + "FROM dispatch WHERE village_code LIKE :prefix AND from_date <= :to "
                        + "AND (to_date IS NULL OR to_date >= :from)")
                .setParameter("prefix", prefix + "%").setParameter("from", from).setParameter("to", to).getSingleResult();
        Object[] outcomes = (Object[]) getEntityManager().createNativeQuery("SELECT COALESCE(SUM(o.projects), 0), "
                        + "COALESCE(SUM(o.funds), 0), COALESCE(SUM(o.opinions), 0), COALESCE(SUM(o.problems_solved), 0) "
                        + "FROM dispatch_outcome o JOIN dispatch d ON d.id = o.dispatch_id "
                        + "WHERE d.village_code LIKE :prefix AND o.outcome_year BETWEEN :fromYear AND :toYear")
                .setParameter("prefix", prefix + "%").setParameter("fromYear", from.getYear())
                .setParameter("toYear", to.getYear()).getSingleResult();
        return new Totals(n(people[0]), n(people[1]), n(people[2]), n(outcomes[0]),
                new BigDecimal(outcomes[1].toString()).setScale(2), n(outcomes[2]), n(outcomes[3]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
