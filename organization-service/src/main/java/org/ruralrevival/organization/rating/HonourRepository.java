package org.ruralrevival.organization.rating;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class HonourRepository implements PanacheRepositoryBase<Honour, Long> {

    public Optional<Honour> findByNaturalKey(long organizationId, int year, HonourKind kind, String title) {
        return find("organizationId = ?1 and year = ?2 and kind = ?3 and title = ?4", organizationId, year, kind, title)
                .firstResultOptional();
    }

    public boolean existsForOrganization(long organizationId) {
        return count("organizationId", organizationId) > 0;
    }

    /** One organization's honours, newest year first. */
    public PageResult<HonourDto> of(long organizationId, Integer year, PageQuery page) {
        StringBuilder q = new StringBuilder("organizationId = :org");
        Parameters p = Parameters.with("org", organizationId);
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        var query = find(q + " order by year desc, kind, id", p);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), HonourDto::of);
    }

    /** Honours of the year received by organizations whose own region lies in the subtree, per kind. */
    public List<HonourCount> countByKind(String prefix, int year) {
        return getEntityManager().createQuery("select new " + HonourCount.class.getName()
                        + "(h.kind, count(h)) from Honour h join h.organization o"
                        + " where o.regionCode like :prefix and h.year = :year group by h.kind order by h.kind",
                        HonourCount.class)
                .setParameter("prefix", prefix + "%").setParameter("year", year).getResultList();
    }
}
