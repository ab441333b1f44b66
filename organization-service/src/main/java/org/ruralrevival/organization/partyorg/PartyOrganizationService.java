package org.ruralrevival.organization.partyorg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.ruralrevival.organization.region.RegionRepository;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;

/** Rules of the organization tree: parents of a fitting type, no cycles, regions that exist. */
@ApplicationScoped
public class PartyOrganizationService {

    public static final String ENTITY = "party-organization";

    /** What a create-or-upsert did: a record sent again with its externalRef updates instead of duplicating. */
    public record Saved(PartyOrganization organization, boolean created) {
    }

    private final PartyOrganizationRepository organizations;
    private final RegionRepository regions;
    private final Outbox outbox;
    private final CallerScope scope;
    private final OrganizationHistoryLog history;
    private final Event<OrganizationDeleting> deleting;

    PartyOrganizationService(PartyOrganizationRepository organizations, RegionRepository regions, Outbox outbox,
            CallerScope scope, OrganizationHistoryLog history, Event<OrganizationDeleting> deleting) {
        this.organizations = organizations;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
        this.history = history;
        this.deleting = deleting;
    }

    public PartyOrganization get(long id) {
        PartyOrganization o = organizations.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("entity.party-organization", id));
        scope.requireWithin(o.regionCode);
        return o;
    }

    @Transactional
    public Saved create(PartyOrganizationRequest request) {
        if (request.externalRef() != null) {
            var existing = organizations.findByExternalRef(request.externalRef().system(), request.externalRef().id());
            if (existing.isPresent()) {
                return new Saved(change(existing.get(), request), false);
            }
        }
        PartyOrganization o = new PartyOrganization();
        apply(o, request, regions::existsByCode);
        organizations.persist(o);
        organizations.flush();
        history.start(o);
        outbox.record(ENTITY, o.id, ChangeKind.CREATED, PartyOrganizationDto.of(o));
        return new Saved(o, true);
    }

    @Transactional
    public PartyOrganization update(long id, String ifMatch, PartyOrganizationRequest request) {
        PartyOrganization o = get(id);
        Versions.check(ifMatch, o.version);
        return change(o, request);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        PartyOrganization o = get(id);
        Versions.check(ifMatch, o.version);
        if (organizations.countChildren(id) > 0) {
            throw Problems.conflict("partyorg.has-children", id);
        }
        deleting.fire(new OrganizationDeleting(id));
        PartyOrganizationDto last = PartyOrganizationDto.of(o);
        organizations.delete(o);
        organizations.flush();
        history.end(id);
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    /** Writes, records history and feeds a change only when the request changes something. */
    private PartyOrganization change(PartyOrganization o, PartyOrganizationRequest request) {
        scope.requireWithin(o.regionCode);
        PartyOrganizationRequest before = toRequest(o);
        apply(o, request, regions::existsByCode);
        if (Objects.equals(before, toRequest(o))) {
            return o;
        }
        organizations.flush();
        history.record(o);
        outbox.record(ENTITY, o.id, ChangeKind.UPDATED, PartyOrganizationDto.of(o));
        return o;
    }

    /**
     * The rules of POST and PUT, then the assignments; throws before touching the organization.
     * {@code regionOnFile} answers whether a division code exists (bulk answers it from one query
     * per chunk).
     */
    void apply(PartyOrganization o, PartyOrganizationRequest request, Predicate<String> regionOnFile) {
        String region = requireRegion("regionCode", request.regionCode(), regionOnFile);
        TreeSet<String> covered = new TreeSet<>();
        List<String> requested = request.coveredRegions() == null ? List.of() : request.coveredRegions();
        for (int i = 0; i < requested.size(); i++) {
            covered.add(requireRegion("coveredRegions[" + i + "]", requested.get(i), regionOnFile));
        }
        covered.remove(region);
        if (request.parentId() != null) {
            PartyOrganization parent = organizations.findByIdOptional(request.parentId())
                    .orElseThrow(() -> Problems.unprocessable("partyorg.parent.missing", request.parentId()));
            if (!request.type().mayBeUnder(parent.type)) {
                throw Problems.unprocessable("partyorg.parent.type", request.type(), parent.type);
            }
            if (o.id != null && organizations.isSelfOrDescendant(o.id, parent.id)) {
                throw Problems.unprocessable("partyorg.parent.cycle", o.id, parent.id);
            }
        }
        if (request.foundedOn() != null && request.dissolvedOn() != null
                && request.dissolvedOn().isBefore(request.foundedOn())) {
            throw Problems.invalidField("dissolvedOn", "partyorg.dissolved.before-founded", request.foundedOn());
        }
        o.name = request.name().trim();
        o.type = request.type();
        o.parentId = request.parentId();
        o.regionCode = region;
        // Replaced only when different: clearing a loaded set marks it dirty, and Hibernate would
        // rewrite its rows and raise the version of an organization that did not change.
        if (!o.coveredRegions.equals(covered)) {
            o.coveredRegions.clear();
            o.coveredRegions.addAll(covered);
        }
        o.foundedOn = request.foundedOn();
        o.dissolvedOn = request.dissolvedOn();
        if (request.externalRef() != null) {
            o.externalSystem = request.externalRef().system();
            o.externalId = request.externalRef().id();
        }
    }

    /** The organization as the body that would store it again: exports, and "did anything change". */
    static PartyOrganizationRequest toRequest(PartyOrganization o) {
        return new PartyOrganizationRequest(o.name, o.type, o.parentId, o.regionCode, List.copyOf(o.coveredRegions),
                o.foundedOn, o.dissolvedOn,
                o.externalSystem == null ? null : new ExternalRef(o.externalSystem, o.externalId));
    }

    private String requireRegion(String field, String code, Predicate<String> regionOnFile) {
        String problem = DivisionCode.problemWith(code);
        if (problem != null) {
            throw Problems.invalidField(field, problem, code);
        }
        scope.requireWithin(code);
        if (!regionOnFile.test(code)) {
            throw Problems.unprocessable("partyorg.region.missing", code);
        }
        return code;
    }
}
