package org.ruralrevival.talent.training;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class TrainingRepository implements PanacheRepositoryBase<TrainingSession, Long> {

    public record Page(List<TrainingSession> items, long total) {
    }

    public record Totals(long sessions, long people, long personTimes, BigDecimal hours) {
    }

    public Page search(String prefix, LocalDate from, LocalDate to, PageQuery page) {
        var query = find("regionCode like :prefix and date between :from and :to order by date, id",
                Parameters.with("prefix", prefix + "%").and("from", from).and("to", to));
        return new Page(query.page(page.toPanache()).list(), query.count());
    }

    /** Sessions, hours, distinct people and person-times of the sessions held in the region and period. */
    public Totals totals(String prefix, LocalDate from, LocalDate to) {
        Object[] sessions = (Object[]) getEntityManager().createNativeQuery("SELECT COUNT(*), COALESCE(SUM(hours), 0) "
                        + "FROM training_session WHERE region_code LIKE :prefix AND held_on BETWEEN :from AND :to")
                .setParameter("prefix", prefix + "%").setParameter("from", from).setParameter("to", to).getSingleResult();
        Object[] people = (Object[]) getEntityManager().createNativeQuery("SELECT COUNT(DISTINCT a.person_key), COUNT(*) "
                        + "FROM training_attendance a JOIN training_session s ON s.id = a.session_id "
                        + "WHERE s.region_code LIKE :prefix AND s.held_on BETWEEN :from AND :to")
                .setParameter("prefix", prefix + "%").setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Totals(((Number) sessions[0]).longValue(), ((Number) people[0]).longValue(),
                ((Number) people[1]).longValue(), new BigDecimal(sessions[1].toString()));
    }
}
