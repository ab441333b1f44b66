package org.ruralrevival.organization.committee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.region.DivisionCode;

@ApplicationScoped
public class CommitteeTermRepository implements PanacheRepositoryBase<CommitteeTerm, Long> {

    /** 大专以上, spelled out for SQL from the enum so the two cannot drift apart. */
    private static final String COLLEGE_OR_ABOVE = Arrays.stream(Education.values()).filter(Education::collegeOrAbove)
            .map(e -> "'" + e.name() + "'").collect(Collectors.joining(", "));

    /**
     * One term's figures from its members and posts: the rows of {@code committee_term_figures}
     * (migration V12 backfills with the same SQL). Ages are completed years at the election.
     */
    private static final String TERM_FIGURES = """
            REPLACE INTO committee_term_figures (term_id, region_code, term_year, members, age_sum, secretaries,
                                                 secretary_age_sum, college, women, one_shoulder)
            SELECT t.id, t.region_code, t.term_year,
                   COUNT(m.id),
                   COALESCE(SUM(TIMESTAMPDIFF(YEAR, m.birth_date, t.election_date)), 0),
                   COUNT(sec.member_id),
                   COALESCE(SUM(CASE WHEN sec.member_id IS NOT NULL
                                     THEN TIMESTAMPDIFF(YEAR, m.birth_date, t.election_date) END), 0),
                   COALESCE(SUM(CASE WHEN m.education IN (%s) THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN m.gender = 'FEMALE' THEN 1 ELSE 0 END), 0),
                   COUNT(DISTINCT CASE WHEN sec.member_id IS NOT NULL AND dir.member_id IS NOT NULL THEN t.id END)
              FROM committee_term t
              LEFT JOIN committee_member m ON m.term_id = t.id
              LEFT JOIN committee_member_post sec ON sec.member_id = m.id AND sec.post = 'PARTY_SECRETARY'
              LEFT JOIN committee_member_post dir ON dir.member_id = m.id AND dir.post = 'VILLAGE_DIRECTOR'
             WHERE t.id IN (:ids)
             GROUP BY t.id, t.region_code, t.term_year
            """.formatted(COLLEGE_OR_ABOVE);

    /** A term year in a subtree: the sum of its terms' kept figures. */
    private static final String FIGURES = """
            SELECT COUNT(*), SUM(members), SUM(age_sum), SUM(secretaries), SUM(secretary_age_sum), SUM(college),
                   SUM(women), SUM(one_shoulder)
              FROM committee_term_figures
             WHERE region_code LIKE ?1 AND term_year = ?2
            """;

    public Optional<CommitteeTerm> findByExternalRef(String system, String id) {
        return find("externalSystem = ?1 and externalId = ?2", system, id).firstResultOptional();
    }

    public Optional<CommitteeTerm> findByVillageAndYear(String regionCode, int termYear) {
        return find("regionCode = ?1 and termYear = ?2", regionCode, termYear).firstResultOptional();
    }

    /** Terms of the villages in a subtree (code prefix), optionally of one year. */
    public PageResult<CommitteeTermDto> search(String prefix, Integer year, PageQuery page) {
        var query = inSubtree(prefix, year);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), CommitteeTermDto::of);
    }

    /** One page of {@link #search}'s rows, as entities (the export). */
    public java.util.List<CommitteeTerm> page(String prefix, Integer year, PageQuery page) {
        return inSubtree(prefix, year).page(page.toPanache()).list();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<CommitteeTerm> inSubtree(String prefix, Integer year) {
        StringBuilder q = new StringBuilder("regionCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (year != null) {
            q.append(" and termYear = :year");
            p.and("year", year);
        }
        return find(q + " order by regionCode, termYear", p);
    }

    /**
     * Row lock on a term, held to commit: members of one term are written one at a time, so two
     * concurrent requests cannot both name a secretary. Native because Hibernate's
     * {@code FOR UPDATE OF alias} does not run on MariaDB.
     */
    public void lock(long id) {
        getEntityManager().createNativeQuery("SELECT id FROM committee_term WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
    }

    /** {@link #lock} of many terms in one statement, in id order so two bulk uploads cannot deadlock. */
    public void lockAll(java.util.Collection<Long> ids) {
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("SELECT id FROM committee_term WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                    .setParameter("ids", ids).getResultList();
        }
    }

    /**
     * The two-committee figures of the villages in a subtree (code prefix, "" for all) for a term
     * year, against the latest earlier year with terms there. For the organization report too.
     */
    public CommitteeStatistics statistics(String prefix, int year) {
        Integer previousYear = previousTermYear(prefix, year);
        TermFigures current = figures(prefix, year);
        TermFigures previous = previousYear == null ? null : figures(prefix, previousYear);
        return CommitteeStatistics.of(prefix.isEmpty() ? null : DivisionCode.fromPrefix(prefix).value(), current, previous);
    }

    /** The latest term year before {@code year} with terms in the subtree, or null. */
    public Integer previousTermYear(String prefix, int year) {
        // Walks the (term_year, region_code) index down from the year and stops at the first term in
        // the region: MAX() with the LIKE beside it read every earlier term of the province.
        List<?> latest = getEntityManager()
                .createNativeQuery("SELECT term_year FROM committee_term WHERE term_year < ?2 AND region_code LIKE ?1 "
                        + "ORDER BY term_year DESC LIMIT 1")
                .setParameter(1, prefix + "%").setParameter(2, year).getResultList();
        return latest.isEmpty() ? null : ((Number) latest.get(0)).intValue();
    }

    /**
     * Recounts the kept figures of these terms from their members and posts: every write of a term
     * or its members calls it in its transaction, after its flush (a deleted term's row goes with
     * it). Sorted, so concurrent writers lock the rows in one order.
     */
    public void refreshFigures(java.util.Collection<Long> termIds) {
        if (!termIds.isEmpty()) {
            getEntityManager().createNativeQuery(TERM_FIGURES).setParameter("ids", new java.util.TreeSet<>(termIds))
                    .executeUpdate();
        }
    }

    /** Sums and counts of one term year in a subtree, from the terms' kept figures. */
    public TermFigures figures(String prefix, int year) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(FIGURES)
                .setParameter(1, prefix + "%").setParameter(2, year).getSingleResult();
        return new TermFigures(year, n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]), n(row[6]),
                n(row[7]));
    }

    private static long n(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }
}
