package org.ruralrevival.organization.partyorg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.security.CallerScope;

/** Writes and reads the history of party organizations ("renames and moves keep history"). */
@ApplicationScoped
public class OrganizationHistoryLog {

    private final OrganizationHistoryRepository history;
    private final PartyOrganizationRepository organizations;
    private final CallerScope scope;

    OrganizationHistoryLog(OrganizationHistoryRepository history, PartyOrganizationRepository organizations,
            CallerScope scope) {
        this.history = history;
        this.organizations = organizations;
        this.scope = scope;
    }

    /**
     * The first state of a new organization. Nothing to end: a closing UPDATE on an id with no
     * rows would take a gap lock on the index, and concurrent creates then deadlock on their inserts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(PartyOrganization o) {
        history.persist(state(o, now()));
    }

    /**
     * A bulk chunk's states in one go: one UPDATE ends the current states of the changed
     * organizations, then a new state for each (the inserts batch at the flush).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<PartyOrganization> created, List<PartyOrganization> changed) {
        Instant now = now();
        if (!changed.isEmpty()) {
            history.closeAll(changed.stream().map(o -> o.id).toList(), now);
        }
        for (PartyOrganization o : created) {
            history.persist(state(o, now));
        }
        for (PartyOrganization o : changed) {
            history.persist(state(o, now));
        }
    }

    /** Ends the current state and starts a new one from the organization as it now is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PartyOrganization o) {
        Instant now = now();
        history.close(o.id, now);
        history.persist(state(o, now));
    }

    private OrganizationHistory state(PartyOrganization o, Instant now) {
        OrganizationHistory h = new OrganizationHistory();
        h.organizationId = o.id;
        h.name = o.name;
        h.type = o.type;
        h.parentId = o.parentId;
        h.regionCode = o.regionCode;
        h.validFrom = now;
        h.changedBy = scope.subject();
        return h;
    }

    /** A deleted organization's last state ends; its history stays readable. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(long organizationId) {
        history.close(organizationId, now());
    }

    /**
     * Newest first. The region scope is the organization's current region, or its last one when
     * it has been deleted.
     */
    public PageResult<OrganizationHistoryDto> of(long organizationId, PageQuery page) {
        String region = organizations.findByIdOptional(organizationId).map(o -> o.regionCode)
                .or(() -> history.latest(organizationId).map(h -> h.regionCode))
                .orElseThrow(() -> Problems.notFound("entity.party-organization", organizationId));
        scope.requireWithin(region);
        return history.of(organizationId, page);
    }

    /** TIMESTAMP(6) keeps microseconds: the stored instant and the answered one must be equal. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
