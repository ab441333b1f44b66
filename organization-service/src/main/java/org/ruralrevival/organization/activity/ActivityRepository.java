package org.ruralrevival.organization.activity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.ruralrevival.organization.member.MemberRepository;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, Long> {

    /** The organization and every one below it (portable recursive CTE: MySQL 8, MariaDB 10.2+). */
    private static final String SUBTREE = "WITH RECURSIVE tree (id) AS (SELECT id FROM party_organization WHERE id = :org "
            + "UNION ALL SELECT o.id FROM party_organization o JOIN tree t ON o.parent_id = t.id) ";

    /** One line of "activities held in the year by kind". */
    public record KindFigure(ActivityKind kind, long activities, long personTimes) {
    }

    public PageResult<ActivityDto> search(String prefix, Long organizationId, LocalDate from, LocalDate to,
            ActivityKind kind, PageQuery page, Function<Activity, ActivityDto> map) {
        StringBuilder q = new StringBuilder(
                "organizationId in (select o.id from PartyOrganization o where o.regionCode like :prefix)");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (organizationId != null) {
            q.append(" and organizationId = :org");
            p.and("org", organizationId);
        }
        if (from != null) {
            q.append(" and date >= :from");
            p.and("from", from);
        }
        if (to != null) {
            q.append(" and date <= :to");
            p.and("to", to);
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        var query = find(q + " order by date desc, id desc", p);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), map);
    }

    /** 应到: members of the organization or below it who were full or probationary members on {@code date}. */
    public long expected(long organizationId, LocalDate date) {
        Number n = (Number) getEntityManager().createNativeQuery(SUBTREE + "SELECT COUNT(*) FROM party_member m "
                + "JOIN tree t ON m.organization_id = t.id WHERE " + MemberRepository.ON_ROLL)
                .setParameter("org", organizationId).setParameter("d", date).getSingleResult();
        return n.longValue();
    }

    /** Those of {@code memberIds} that are not members of the organization or one below it. */
    @SuppressWarnings("unchecked")
    public Set<Long> outsiders(long organizationId, Collection<Long> memberIds) {
        Set<Long> outside = new TreeSet<>(memberIds);
        if (memberIds.isEmpty()) {
            return outside;
        }
        List<Number> inside = getEntityManager().createNativeQuery(SUBTREE + "SELECT m.id FROM party_member m "
                + "JOIN tree t ON m.organization_id = t.id WHERE m.id IN (:ids)")
                .setParameter("org", organizationId).setParameter("ids", memberIds).getResultList();
        inside.forEach(id -> outside.remove(id.longValue()));
        return outside;
    }

    /**
     * Report figure: activities held in the region from the start of {@code yearEnd}'s year to
     * {@code yearEnd}, by kind, with attendance in person-times (one per attendee per activity).
     */
    @SuppressWarnings("unchecked")
    public List<KindFigure> heldByKind(String prefix, LocalDate yearEnd) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT a.kind, COUNT(DISTINCT a.id), "
                + "COUNT(aa.member_id) FROM activity a JOIN party_organization o ON o.id = a.organization_id "
                + "LEFT JOIN activity_attendee aa ON aa.activity_id = a.id "
                + "WHERE o.region_code LIKE :p AND a.held_on BETWEEN :from AND :d GROUP BY a.kind ORDER BY a.kind")
                .setParameter("p", prefix + "%").setParameter("from", yearEnd.withDayOfYear(1))
                .setParameter("d", yearEnd).getResultList();
        return rows.stream().map(r -> new KindFigure(ActivityKind.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }
}
