package org.ruralrevival.organization.points;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class MemberPointRepository implements PanacheRepositoryBase<MemberPoint, Long> {

    public PageResult<MemberPointDto> search(String prefix, Long memberId, Integer year, PageQuery page) {
        StringBuilder q = new StringBuilder("memberId in (select m.id from Member m where m.regionCode like :prefix)");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (memberId != null) {
            q.append(" and memberId = :member");
            p.and("member", memberId);
        }
        if (year != null) {
            q.append(" and date between :from and :to");
            p.and("from", LocalDate.of(year, 1, 1)).and("to", LocalDate.of(year, 12, 31));
        }
        var query = find(q + " order by date, id", p);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), MemberPointDto::of);
    }

    /** Members of the region by their total for the year: highest first (RED) or lowest first (BLACK). */
    public List<Ranking.Entry> ranking(String prefix, int year, RankingList list, int size) {
        String direction = list == RankingList.RED ? "desc" : "asc";
        List<Object[]> rows = getEntityManager().createQuery("select m.id, m.name, m.organizationId, m.regionCode, "
                        + "sum(p.points) from MemberPoint p, Member m where p.memberId = m.id "
                        + "and m.regionCode like :prefix and p.date between :from and :to "
                        + "group by m.id, m.name, m.organizationId, m.regionCode "
                        + "order by sum(p.points) " + direction + ", m.id", Object[].class)
                .setParameter("prefix", prefix + "%")
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .setMaxResults(size)
                .getResultList();
        List<Ranking.Entry> entries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            entries.add(new Ranking.Entry(entries.size() + 1, (Long) r[0], (String) r[1], (Long) r[2], (String) r[3],
                    ((Number) r[4]).longValue()));
        }
        return entries;
    }
}
