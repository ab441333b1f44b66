package org.ruralrevival.organization.partyorg;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import org.ruralrevival.organization.region.Region;
import org.ruralrevival.organization.region.RegionRepository;
import org.ruralrevival.platform.bulk.BulkCaller;
import org.ruralrevival.platform.bulk.BulkItem;
import org.ruralrevival.platform.bulk.BulkResult;
import org.ruralrevival.platform.bulk.EntityBulk;
import org.ruralrevival.platform.outbox.OutboxBatch;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.region.DivisionCode;

/**
 * Party organizations in bulk, matched by {@code externalRef}, or without one by region and name
 * (the name a county writes in its ledger is unique in its region). A new one by the rules of
 * POST, its parent already on file (by id: a client loads the tree level by level, taking the
 * parents' ids from the previous report); one on file by the rules of PUT. Like the single path,
 * every write also starts a history state, and the change-feed rows carry the
 * {@link PartyOrganizationDto} it feeds.
 */
@Singleton
public class OrganizationBulk extends EntityBulk<PartyOrganizationRequest, PartyOrganization> {

    /** A chunk's state, per thread: a chunk runs in one thread and this handler serves concurrent uploads. */
    private static final class Chunk {
        /** The division codes the chunk names that are on file (one query). */
        final Set<String> regions = new HashSet<>();
        /** Organizations the chunk creates, by identity (their ids come only at persist). */
        final Set<PartyOrganization> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<PartyOrganization> created = new ArrayList<>();
        final List<PartyOrganization> changed = new ArrayList<>();
    }

    private final ThreadLocal<Chunk> chunk = new ThreadLocal<>();
    private final PartyOrganizationService service;
    private final PartyOrganizationRepository organizations;
    private final RegionRepository regionRepository;
    private final OrganizationHistoryLog history;

    OrganizationBulk(EntityManager em, OutboxBatch outbox, PartyOrganizationService service,
            PartyOrganizationRepository organizations, RegionRepository regionRepository, OrganizationHistoryLog history) {
        super(em, outbox, new Shape<>("organizations", PartyOrganizationRequest.class, PartyOrganizationService.ENTITY,
                PartyOrganization::new, PartyOrganizationService::toRequest, PartyOrganizationDto::of,
                OrganizationBulk::regionsOf));
        this.service = service;
        this.organizations = organizations;
        this.regionRepository = regionRepository;
        this.history = history;
    }

    @Override
    public List<BulkResult> upsert(List<BulkItem<PartyOrganizationRequest>> items, BulkCaller caller) {
        Chunk c = new Chunk();
        chunk.set(c);
        try {
            List<BulkResult> results = super.upsert(items, caller);
            history.recordAll(c.created, c.changed);
            return results;
        } finally {
            chunk.remove();
        }
    }

    @Override
    protected String key(PartyOrganizationRequest r) {
        if (r.externalRef() != null) {
            return ref(r.externalRef().system(), r.externalRef().id());
        }
        return r.regionCode() == null || r.name() == null ? null : named(r.regionCode(), r.name());
    }

    private static String ref(String system, String id) {
        return key("ref", system, id);
    }

    private static String named(String regionCode, String name) {
        return key("name", regionCode, name);
    }

    /**
     * One query per key kind for the organizations on file; one for the division codes the chunk
     * names and one for the parents, so the rules find both in the session instead of a query each.
     */
    @Override
    protected Map<String, PartyOrganization> existing(Set<String> keys, List<PartyOrganizationRequest> requests) {
        List<PartyOrganizationRequest> byRef = requests.stream().filter(r -> r.externalRef() != null).toList();
        List<PartyOrganizationRequest> byName = requests.stream()
                .filter(r -> r.externalRef() == null && r.regionCode() != null && r.name() != null).toList();
        Map<String, PartyOrganization> found = new HashMap<>();
        if (!byRef.isEmpty()) {
            found.putAll(find(keys, PartyOrganization.class,
                    "from PartyOrganization o where o.externalSystem in :systems and o.externalId in :ids",
                    Map.of("systems", values(byRef, r -> r.externalRef().system()),
                            "ids", values(byRef, r -> r.externalRef().id())),
                    o -> o.externalSystem == null ? "" : ref(o.externalSystem, o.externalId)));
        }
        if (!byName.isEmpty()) {
            found.putAll(find(keys, PartyOrganization.class,
                    "from PartyOrganization o where o.regionCode in :regions and o.name in :names",
                    Map.of("regions", values(byName, r -> r.regionCode().trim()), "names", values(byName, r -> r.name().trim())),
                    o -> named(o.regionCode, o.name)));
        }
        Set<String> codes = new HashSet<>();
        for (PartyOrganizationRequest r : requests) {
            codes.add(r.regionCode());
            if (r.coveredRegions() != null) {
                codes.addAll(r.coveredRegions());
            }
        }
        List<String> wellFormed = codes.stream().filter(code -> DivisionCode.problemWith(code) == null).toList();
        for (Region region : regionRepository.findByCodes(wellFormed)) {
            chunk.get().regions.add(region.code);
        }
        List<Object> parents = values(requests, PartyOrganizationRequest::parentId);
        if (!parents.isEmpty()) {
            organizations.list("id in ?1", parents);
        }
        return found;
    }

    @Override
    protected void apply(PartyOrganization o, PartyOrganizationRequest request) {
        Chunk c = Objects.requireNonNull(chunk.get(), "upsert sets the chunk");
        service.apply(o, request, c.regions::contains);
        if (o.id == null) {
            c.fresh.add(o);
        }
    }

    /** The organization's region and every region it covers: the caller's region must hold them all. */
    private static List<String> regionsOf(PartyOrganization o) {
        List<String> codes = new ArrayList<>(o.coveredRegions.size() + 1);
        codes.add(o.regionCode);
        codes.addAll(o.coveredRegions);
        return codes;
    }

    @Override
    protected void written(PartyOrganization o) {
        Chunk c = chunk.get();
        (c.fresh.contains(o) ? c.created : c.changed).add(o);
    }

    /** The export's pages of the list as it filters. */
    IntFunction<List<PartyOrganization>> exportPages(String prefix, OrganizationType type, Long parentId, String name) {
        return page -> organizations.page(prefix, type, parentId, name, new PageQuery(page, PageQuery.MAX_SIZE));
    }
}
