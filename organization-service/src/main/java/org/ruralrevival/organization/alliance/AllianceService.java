package org.ruralrevival.organization.alliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ruralrevival.organization.partyorg.OrganizationDeleting;
import org.ruralrevival.organization.partyorg.PartyOrganization;
import org.ruralrevival.organization.partyorg.PartyOrganizationRepository;
import org.ruralrevival.organization.region.RegionRepository;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;

/** Rules of alliances: a lead region that exists, members that exist, and at least two of them. */
@ApplicationScoped
public class AllianceService {

    public static final String ENTITY = "alliance";
    /** An alliance joins several members; one alone is no alliance. */
    static final int MIN_MEMBERS = 2;

    private final AllianceRepository alliances;
    private final PartyOrganizationRepository organizations;
    private final RegionRepository regions;
    private final Outbox outbox;
    private final CallerScope scope;

    AllianceService(AllianceRepository alliances, PartyOrganizationRepository organizations, RegionRepository regions,
            Outbox outbox, CallerScope scope) {
        this.alliances = alliances;
        this.organizations = organizations;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public Alliance get(long id) {
        Alliance a = alliances.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.alliance", id));
        scope.requireWithin(a.regionCode);
        return a;
    }

    @Transactional
    public Alliance create(AllianceRequest request) {
        Alliance a = new Alliance();
        apply(a, request);
        alliances.persist(a);
        alliances.flush();
        outbox.record(ENTITY, a.id, ChangeKind.CREATED, alliances.toDto(a));
        return a;
    }

    @Transactional
    public Alliance update(long id, String ifMatch, AllianceRequest request) {
        Alliance a = get(id);
        Versions.check(ifMatch, a.version);
        apply(a, request);
        alliances.flush();
        outbox.record(ENTITY, a.id, ChangeKind.UPDATED, alliances.toDto(a));
        return a;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Alliance a = get(id);
        Versions.check(ifMatch, a.version);
        AllianceDto last = alliances.toDto(a);
        alliances.delete(a);
        alliances.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    /** An organization that is still a member cannot be deleted; leave the alliance first. */
    void refuseDeletingAMember(@Observes OrganizationDeleting event) {
        if (alliances.hasMember(event.organizationId())) {
            throw Problems.conflict("partyorg.referenced", event.organizationId(),
                    new Problems.MessageRef("entity.alliance"));
        }
    }

    private void apply(Alliance a, AllianceRequest request) {
        String problem = DivisionCode.problemWith(request.regionCode());
        if (problem != null) {
            throw Problems.invalidField("regionCode", problem, request.regionCode());
        }
        scope.requireWithin(request.regionCode());
        if (!regions.existsByCode(request.regionCode())) {
            throw Problems.unprocessable("alliance.region.missing", request.regionCode());
        }
        Set<Long> members = new TreeSet<>(request.organizationIds() == null ? List.of() : request.organizationIds());
        for (Long id : members) {
            PartyOrganization o = organizations.findByIdOptional(id)
                    .orElseThrow(() -> Problems.unprocessable("alliance.organization.missing", id));
            scope.requireWithin(o.regionCode);
        }
        // The same partner named twice is one member, not two.
        Set<String> partners = new LinkedHashSet<>();
        if (request.partners() != null) {
            request.partners().forEach(p -> partners.add(p.trim()));
        }
        if (members.size() + partners.size() < MIN_MEMBERS) {
            throw Problems.unprocessable("alliance.members.too-few", MIN_MEMBERS, members.size() + partners.size());
        }
        a.name = request.name().trim();
        a.kind = request.kind();
        a.purpose = request.purpose();
        a.regionCode = request.regionCode();
        a.foundedOn = request.foundedOn();
        a.organizationIds.clear();
        a.organizationIds.addAll(members);
        a.partners.clear();
        a.partners.addAll(partners);
    }
}
