package org.ruralrevival.organization.rating;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.organization.partyorg.OrganizationType;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<Rating, Long> {

    /** The types 最强党支部 and 四化 are measured on. */
    private static final List<OrganizationType> BRANCH_TYPES = Arrays.stream(OrganizationType.values())
            .filter(OrganizationType::isBranch).toList();

    public Optional<Rating> findByExternalRef(String system, String id) {
        return find("externalSystem = ?1 and externalId = ?2", system, id).firstResultOptional();
    }

    public Optional<Rating> findByOrganizationAndYear(long organizationId, int year) {
        return find("organizationId = ?1 and year = ?2", organizationId, year).firstResultOptional();
    }

    public boolean existsForOrganization(long organizationId) {
        return count("organizationId", organizationId) > 0;
    }

    /** Ratings of organizations whose own region lies in the subtree. */
    public PageResult<RatingDto> search(String prefix, Integer year, ClassGrade classGrade, Long organizationId,
            PageQuery page) {
        StringBuilder q = new StringBuilder("o.regionCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (year != null) {
            q.append(" and r.year = :year");
            p.and("year", year);
        }
        if (classGrade != null) {
            q.append(" and r.classGrade = :grade");
            p.and("grade", classGrade);
        }
        if (organizationId != null) {
            q.append(" and r.organizationId = :org");
            p.and("org", organizationId);
        }
        var query = find("select r from Rating r join fetch r.organization o where " + q
                + " order by r.year desc, o.regionCode, r.id", p);
        long total = count("from Rating r join r.organization o where " + q, p);
        return PageResult.of(query.page(page.toPanache()).list(), page, total, RatingDto::of);
    }

    /** Class distribution, 最强党支部 and 四化 of a region's organizations for one year, in one query. */
    public RatingFigures figures(String prefix, int year) {
        Object[] row = getEntityManager().createQuery("select count(r),"
                        + " sum(case when r.classGrade = :first then 1 else 0 end),"
                        + " sum(case when r.classGrade = :second then 1 else 0 end),"
                        + " sum(case when r.classGrade = :third then 1 else 0 end),"
                        + " sum(case when o.type in :branches then 1 else 0 end),"
                        + " sum(case when o.type in :branches and r.strongestBranch = true then 1 else 0 end),"
                        + " sum(case when o.type in :branches and r.standardized = true then 1 else 0 end)"
                        + " from Rating r join r.organization o where o.regionCode like :prefix and r.year = :year",
                        Object[].class)
                .setParameter("first", ClassGrade.FIRST).setParameter("second", ClassGrade.SECOND)
                .setParameter("third", ClassGrade.THIRD).setParameter("branches", BRANCH_TYPES)
                .setParameter("prefix", prefix + "%").setParameter("year", year)
                .getSingleResult();
        return RatingFigures.of(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]), n(row[6]));
    }

    /** SUM over no rows is NULL. */
    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
