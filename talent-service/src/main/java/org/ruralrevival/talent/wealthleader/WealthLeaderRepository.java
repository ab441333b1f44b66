package org.ruralrevival.talent.wealthleader;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class WealthLeaderRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    public record Page(List<LedgerEntry> items, long total) {
    }

    public record Achieved(long memberToLeader, long leaderToMember, long cadreToLeader) {
    }

    public Page search(String prefix, LedgerKind kind, Boolean achieved, PageQuery page) {
        StringBuilder q = new StringBuilder("villageCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (achieved != null) {
            q.append(achieved ? " and achievedOn is not null" : " and achievedOn is null");
        }
        var query = find(q + " order by villageCode, startedOn, id", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }

    /** People who reached the goal of each ledger between {@code from} and {@code to}. */
    public Achieved achieved(String prefix, LocalDate from, LocalDate to) {
        Object[] r = (Object[]) getEntityManager().createNativeQuery("SELECT "
                        + "COALESCE(SUM(CASE WHEN kind = 'MEMBER_TO_LEADER' THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN kind = 'LEADER_TO_MEMBER' THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN kind = 'MEMBER_TO_LEADER' AND village_cadre = TRUE THEN 1 ELSE 0 END), 0) "
                        + "FROM wealth_leader_entry WHERE village_code LIKE :prefix AND achieved_on BETWEEN :from AND :to")
                .setParameter("prefix", prefix + "%").setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Achieved(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }
}
