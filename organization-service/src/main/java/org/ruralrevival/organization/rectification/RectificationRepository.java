package org.ruralrevival.organization.rectification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class RectificationRepository implements PanacheRepositoryBase<Rectification, Long> {

    public boolean hasOpenEntry(long organizationId) {
        return count("openOrganizationId", organizationId) > 0;
    }

    public boolean existsForOrganization(long organizationId) {
        return count("organizationId", organizationId) > 0;
    }

    /**
     * Entries of organizations whose own region lies in the subtree. {@code overdue} true keeps
     * the open ones past their deadline on {@code asOf}; false keeps all others.
     */
    public PageResult<RectificationDto> search(String prefix, RectificationStatus status, Boolean overdue,
            RectificationReason reason, Long organizationId, LocalDate asOf, PageQuery page) {
        StringBuilder q = new StringBuilder("o.regionCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (status != null) {
            q.append(" and r.status = :status");
            p.and("status", status);
        }
        if (overdue != null) {
            q.append(overdue ? " and r.status = :open and r.deadline < :asOf"
                    : " and (r.status <> :open or r.deadline >= :asOf)");
            p.and("open", RectificationStatus.OPEN).and("asOf", asOf);
        }
        if (reason != null) {
            q.append(" and r.reason = :reason");
            p.and("reason", reason);
        }
        if (organizationId != null) {
            q.append(" and r.organizationId = :org");
            p.and("org", organizationId);
        }
        var query = find("select r from Rectification r join fetch r.organization o where " + q
                + " order by r.deadline, r.id", p);
        long total = count("from Rectification r join r.organization o where " + q, p);
        return PageResult.of(query.page(page.toPanache()).list(), page, total, r -> RectificationDto.of(r, asOf));
    }

    /**
     * The ledger figures of a region for a year, in one query, counted up to {@code until}: 31
     * December, or {@code asOf} when earlier, so a report made during the year shows the year so
     * far. An entry is open on a day when it was opened by then and not closed by then (closedOn
     * is set exactly when it is closed).
     */
    public RectificationFigures figures(String prefix, int year, LocalDate asOf) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate until = asOf.isBefore(yearEnd) ? asOf : yearEnd;
        Object[] row = getEntityManager().createQuery("select"
                        + " sum(case when r.openedOn between :start and :until then 1 else 0 end),"
                        + " sum(case when r.closedOn between :start and :until then 1 else 0 end),"
                        + " sum(case when r.openedOn <= :until and (r.closedOn is null or r.closedOn > :until)"
                        + " then 1 else 0 end),"
                        + " sum(case when r.openedOn <= :asOf and (r.closedOn is null or r.closedOn > :asOf)"
                        + " and r.deadline < :asOf then 1 else 0 end)"
                        + " from Rectification r join r.organization o where o.regionCode like :prefix",
                        Object[].class)
                .setParameter("start", start).setParameter("until", until)
                .setParameter("asOf", asOf).setParameter("prefix", prefix + "%")
                .getSingleResult();
        return new RectificationFigures(until, n(row[0]), n(row[1]), n(row[2]), asOf, n(row[3]));
    }

    /** SUM over no rows is NULL. */
    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
