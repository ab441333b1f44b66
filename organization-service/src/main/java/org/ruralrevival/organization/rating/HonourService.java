package org.ruralrevival.organization.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import org.ruralrevival.organization.partyorg.OrganizationDeleting;
import org.ruralrevival.organization.partyorg.PartyOrganization;
import org.ruralrevival.organization.partyorg.PartyOrganizationRepository;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.security.CallerScope;

/** Honours of one organization; the same honour sent twice is stored once. */
@ApplicationScoped
public class HonourService {

    public static final String ENTITY = "honour";

    public record Saved(Honour honour, boolean created) {
    }

    private final HonourRepository honours;
    private final PartyOrganizationRepository organizations;
    private final Outbox outbox;
    private final CallerScope scope;

    HonourService(HonourRepository honours, PartyOrganizationRepository organizations, Outbox outbox,
            CallerScope scope) {
        this.honours = honours;
        this.organizations = organizations;
        this.outbox = outbox;
        this.scope = scope;
    }

    public PageResult<HonourDto> list(long organizationId, Integer year, PageQuery page) {
        organization(organizationId);
        return honours.of(organizationId, year, page);
    }

    public Honour get(long organizationId, long honourId) {
        organization(organizationId);
        return honours.findByIdOptional(honourId).filter(h -> h.organizationId == organizationId)
                .orElseThrow(() -> Problems.notFound("entity.honour", honourId));
    }

    @Transactional
    public Saved add(long organizationId, HonourRequest request) {
        PartyOrganization o = organization(organizationId);
        String title = request.title().trim();
        Optional<Honour> same = honours.findByNaturalKey(o.id, request.year(), request.kind(), title);
        if (same.isPresent()) {
            Honour h = same.get();
            if (Objects.equals(h.issuer, request.issuer())) {
                return new Saved(h, false); // a retry: nothing to change, nothing to announce
            }
            h.issuer = request.issuer();
            honours.flush();
            outbox.record(ENTITY, h.id, ChangeKind.UPDATED, HonourDto.of(h));
            return new Saved(h, false);
        }
        Honour h = new Honour();
        h.organizationId = o.id;
        h.organization = o;
        h.kind = request.kind();
        h.year = request.year();
        h.title = title;
        h.issuer = request.issuer();
        honours.persist(h);
        honours.flush();
        outbox.record(ENTITY, h.id, ChangeKind.CREATED, HonourDto.of(h));
        return new Saved(h, true);
    }

    @Transactional
    public void delete(long organizationId, long honourId, String ifMatch) {
        Honour h = get(organizationId, honourId);
        Versions.check(ifMatch, h.version);
        HonourDto last = HonourDto.of(h);
        honours.delete(h);
        honours.flush();
        outbox.record(ENTITY, honourId, ChangeKind.DELETED, last);
    }

    void refuseDeletingAnHonouredOrganization(@Observes OrganizationDeleting event) {
        if (honours.existsForOrganization(event.organizationId())) {
            throw Problems.conflict("partyorg.referenced", event.organizationId(),
                    new Problems.MessageRef("entity.honour"));
        }
    }

    private PartyOrganization organization(long id) {
        PartyOrganization o = organizations.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("entity.party-organization", id));
        scope.requireWithin(o.regionCode);
        return o;
    }
}
