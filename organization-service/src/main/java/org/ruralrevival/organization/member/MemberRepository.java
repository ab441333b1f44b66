package org.ruralrevival.organization.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.ruralrevival.platform.persistence.Like;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, Long> {

    /**
     * Whether a member was still on the roll on {@code :d}: joined by then and neither transferred
     * out nor dead by then. A transfer or death without a date counts as before any date.
     */
    public static final String ON_ROLL = "m.joined_on <= :d AND (m.status IN ('FULL', 'PROBATIONARY') "
            + "OR (m.left_on IS NOT NULL AND m.left_on > :d))";

    /** The list filters of {@code GET /members}; null means "any". */
    public record Filter(String regionPrefix, Long organizationId, MemberStatus status, String name, Boolean flowing,
            Boolean fiftyYears, String idNumberHash) {
    }

    /** One line of "members by status". */
    public record StatusCount(MemberStatus status, long members) {
    }

    public Optional<Member> findByIdNumberHash(String hash) {
        return find("idNumberHash", hash).firstResultOptional();
    }

    public Optional<Member> findByExternalRef(String system, String id) {
        return find("externalSystem = ?1 and externalId = ?2", system, id).firstResultOptional();
    }

    public <T> PageResult<T> search(Filter f, LocalDate today, PageQuery page, Function<Member, T> map) {
        StringBuilder q = new StringBuilder("regionCode like :prefix");
        Parameters p = Parameters.with("prefix", f.regionPrefix() + "%");
        if (f.organizationId() != null) {
            q.append(" and organizationId = :org");
            p.and("org", f.organizationId());
        }
        if (f.status() != null) {
            q.append(" and status = :status");
            p.and("status", f.status());
        }
        if (f.name() != null && !f.name().isBlank()) {
            q.append(" and name like :name");
            p.and("name", Like.containing(f.name()));
        }
        if (f.flowing() != null) {
            q.append(" and flowingAway = :flowing");
            p.and("flowing", f.flowing());
        }
        if (f.fiftyYears() != null) {
            q.append(f.fiftyYears() ? " and joinedOn <= :fifty" : " and joinedOn > :fifty");
            p.and("fifty", today.minusYears(50));
        }
        if (f.idNumberHash() != null) {
            q.append(" and idNumberHash = :hash");
            p.and("hash", f.idNumberHash());
        }
        var query = find(q + " order by regionCode, id", p);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), map);
    }

    /** What still points at a member (household links, points, attendance): a delete would orphan it. */
    public long countDependants(long memberId) {
        Number n = (Number) getEntityManager().createNativeQuery("SELECT "
                + "(SELECT COUNT(*) FROM member_household WHERE member_id = :id) "
                + "+ (SELECT COUNT(*) FROM member_point WHERE member_id = :id) "
                + "+ (SELECT COUNT(*) FROM activity_attendee WHERE member_id = :id)")
                .setParameter("id", memberId).getSingleResult();
        return n.longValue();
    }

    // --- Report figures (the organization report assembles them). {@code prefix} is a region
    // subtree prefix; {@code yearEnd} the day the figures are taken on, the year is its year.

    /**
     * Members on the ledger at {@code yearEnd} by the status they had then: transferred out or
     * dead by then, else full once the full-membership date has passed, else probationary.
     */
    @SuppressWarnings("unchecked")
    public List<StatusCount> membersByStatus(String prefix, LocalDate yearEnd) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT t.s, COUNT(*) FROM (SELECT CASE "
                + "WHEN m.status IN ('TRANSFERRED_OUT', 'DECEASED') AND (m.left_on IS NULL OR m.left_on <= :d) THEN m.status "
                + "WHEN m.full_member_on IS NOT NULL AND m.full_member_on > :d THEN 'PROBATIONARY' "
                + "WHEN m.full_member_on IS NOT NULL THEN 'FULL' "
                + "WHEN m.status = 'PROBATIONARY' THEN 'PROBATIONARY' "
                + "ELSE 'FULL' END AS s "
                + "FROM party_member m WHERE m.region_code LIKE :p AND m.joined_on <= :d) t GROUP BY t.s ORDER BY t.s")
                .setParameter("p", prefix + "%").setParameter("d", yearEnd).getResultList();
        return rows.stream().map(r -> new StatusCount(MemberStatus.valueOf((String) r[0]), ((Number) r[1]).longValue()))
                .toList();
    }

    /** Members admitted in the year up to {@code yearEnd} (入党, i.e. as probationary members). */
    public long joinedInYear(String prefix, LocalDate yearEnd) {
        return count("regionCode like ?1 and joinedOn between ?2 and ?3", prefix + "%", yearEnd.withDayOfYear(1),
                yearEnd);
    }

    /** 光荣在党50年: members on the roll at {@code yearEnd} who joined at least 50 years before it. */
    public long fiftyYearMembers(String prefix, LocalDate yearEnd) {
        return nativeCount("m.joined_on <= :fifty", prefix, yearEnd, yearEnd.minusYears(50));
    }

    /** 流动党员: members on the roll at {@code yearEnd} who were away then (as far as the record shows). */
    public long flowingMembers(String prefix, LocalDate yearEnd) {
        return nativeCount("m.flowing_away = TRUE AND (m.flowing_since IS NULL OR m.flowing_since <= :d)", prefix,
                yearEnd, null);
    }

    /** 共产党员户 door plates installed up to {@code yearEnd}, whatever became of the member since. */
    public long doorPlates(String prefix, LocalDate yearEnd) {
        return count("regionCode like ?1 and doorPlateOn <= ?2", prefix + "%", yearEnd);
    }

    private long nativeCount(String condition, String prefix, LocalDate yearEnd, LocalDate fifty) {
        var query = getEntityManager().createNativeQuery("SELECT COUNT(*) FROM party_member m "
                + "WHERE m.region_code LIKE :p AND " + ON_ROLL + " AND " + condition)
                .setParameter("p", prefix + "%").setParameter("d", yearEnd);
        if (fifty != null) {
            query.setParameter("fifty", fifty);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
