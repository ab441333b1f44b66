package org.ruralrevival.organization.partyorg;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class OrganizationHistoryRepository implements PanacheRepositoryBase<OrganizationHistory, Long> {

    /** Newest first. */
    public PageResult<OrganizationHistoryDto> of(long organizationId, PageQuery page) {
        var query = find("organizationId = ?1 order by validFrom desc, id desc", organizationId);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), OrganizationHistoryDto::of);
    }

    public Optional<OrganizationHistory> latest(long organizationId) {
        return find("organizationId = ?1 order by validFrom desc, id desc", organizationId).firstResultOptional();
    }

    /** Ends the current state of an organization; returns how many rows were open (0 or 1). */
    public int close(long organizationId, Instant at) {
        return closeAll(List.of(organizationId), at);
    }

    /**
     * Ends the current states of organizations (a bulk chunk's changed ones). The open rows are
     * found by a plain read and ended by primary key: an UPDATE through the organization index
     * would lock its gaps, and writers of neighbouring organizations then deadlock on their
     * inserts. The plain read is current enough: the caller has just updated the organization's
     * row under its version, so no other writer of that organization has committed since.
     */
    public int closeAll(List<Long> organizationIds, Instant at) {
        List<Long> open = getEntityManager().createQuery("select h.id from OrganizationHistory h"
                        + " where h.organizationId in :organizations and h.validTo is null", Long.class)
                .setParameter("organizations", organizationIds).getResultList();
        return open.isEmpty() ? 0 : update("validTo = ?1 where id in ?2", at, open);
    }
}
