package org.ruralrevival.talent.expert;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.ruralrevival.platform.persistence.Like;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class ExpertRepository implements PanacheRepositoryBase<Expert, Long> {

    public record Page(List<Expert> items, long total) {
    }

    public record Totals(long experts, long localTalent, long techDemoHouseholds, long sessions, long peopleTrained) {
    }

    public Page search(String prefix, ExpertKind kind, String field, PageQuery page) {
        StringBuilder q = new StringBuilder("regionCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (field != null && !field.isBlank()) {
            q.append(" and field like :field");
            p.and("field", Like.containing(field));
        }
        var query = find(q + " order by regionCode, kind, id", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }

    /** The pool registered in the region, and the service events it held in the period. */
    public Totals totals(String prefix, LocalDate from, LocalDate to) {
        Object[] pool = (Object[]) getEntityManager().createNativeQuery("SELECT "
                        + "COALESCE(SUM(CASE WHEN kind = 'EXPERT' THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN kind = 'LOCAL_TALENT' THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN kind = 'TECH_DEMO_HOUSEHOLD' THEN 1 ELSE 0 END), 0) "
                        + "FROM expert WHERE region_code LIKE :prefix")
                .setParameter("prefix", prefix + "%").getSingleResult();
        Object[] served = (Object[]) getEntityManager().createNativeQuery("SELECT COALESCE(SUM(s.sessions), 0), "
                        + "COALESCE(SUM(s.people_trained), 0) FROM expert_service_event s JOIN expert e ON e.id = s.expert_id "
                        + "WHERE e.region_code LIKE :prefix AND s.served_on BETWEEN :from AND :to")
                .setParameter("prefix", prefix + "%").setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Totals(n(pool[0]), n(pool[1]), n(pool[2]), n(served[0]), n(served[1]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
