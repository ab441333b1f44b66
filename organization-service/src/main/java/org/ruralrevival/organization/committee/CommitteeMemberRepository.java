package org.ruralrevival.organization.committee;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class CommitteeMemberRepository implements PanacheRepositoryBase<CommitteeMember, Long> {

    public Optional<CommitteeMember> findByExternalRef(String system, String id) {
        return find("externalSystem = ?1 and externalId = ?2", system, id).firstResultOptional();
    }

    /** Members of the terms in a subtree, optionally of one term or one term year. */
    public PageResult<CommitteeMemberDto> search(String prefix, Long termId, Integer year, PageQuery page) {
        var query = filtered(prefix, termId, year);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), CommitteeMemberDto::of);
    }

    /** One page of {@link #search} as entities, for exports. */
    public List<CommitteeMember> page(String prefix, Long termId, Integer year, PageQuery page) {
        return filtered(prefix, termId, year).page(page.toPanache()).list();
    }

    private PanacheQuery<CommitteeMember> filtered(String prefix, Long termId, Integer year) {
        StringBuilder q = new StringBuilder("m.term.regionCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (termId != null) {
            q.append(" and m.term.id = :term");
            p.and("term", termId);
        }
        if (year != null) {
            q.append(" and m.term.termYear = :year");
            p.and("year", year);
        }
        return find("from CommitteeMember m where " + q + " order by m.term.regionCode, m.term.termYear, m.id", p);
    }

    /** The member of a term other than {@code exceptId} who holds {@code post}, if any. */
    public Optional<CommitteeMember> holderOf(long termId, CommitteePost post, long exceptId) {
        return find("select m from CommitteeMember m join m.posts p where m.term.id = ?1 and p = ?2 and m.id <> ?3",
                termId, post, exceptId).firstResultOptional();
    }

    public long countByTerm(long termId) {
        return count("term.id", termId);
    }

    /** Members of a term born after {@code latestBirthDate}: younger than 18 at an election moved to that date. */
    public long countBornAfter(long termId, LocalDate latestBirthDate) {
        return count("term.id = ?1 and birthDate > ?2", termId, latestBirthDate);
    }
}
