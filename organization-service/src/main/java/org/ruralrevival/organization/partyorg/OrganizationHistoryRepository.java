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

    /** Ends the current states of many organizations (a bulk chunk's changed ones). */
    public int closeAll(List<Long> organizationIds, Instant at) {
        return update("validTo = ?1 where organizationId in ?2 and validTo is null", at, organizationIds);
    }

    /** Ends the current state of an organization; returns how many rows were open (0 or 1). */
    public int close(long organizationId, Instant at) {
        return update("validTo = ?1 where organizationId = ?2 and validTo is null", at, organizationId);
    }
}
