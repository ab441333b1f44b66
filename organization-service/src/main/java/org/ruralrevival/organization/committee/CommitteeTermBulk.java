package org.ruralrevival.organization.committee;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.ruralrevival.organization.region.Region;
import org.ruralrevival.platform.bulk.BulkCaller;
import org.ruralrevival.platform.bulk.BulkItem;
import org.ruralrevival.platform.bulk.BulkResult;
import org.ruralrevival.platform.bulk.EntityBulk;
import org.ruralrevival.platform.outbox.OutboxBatch;
import org.ruralrevival.platform.paging.PageQuery;

/**
 * Two-committee terms (村两委换届) in bulk, matched by {@code externalRef}, or without one by
 * village and term year (one term per village and year). New ones and corrections go through the
 * rules of POST and PUT ({@link CommitteeTermService#check}), with what the rules look up — the
 * villages, the terms holding the chunk's externalRefs and village-years — read in one query each
 * per chunk.
 */
@Singleton
public class CommitteeTermBulk extends EntityBulk<CommitteeTermRequest, CommitteeTerm> {

    /** The chunk's lookups, per thread: a chunk runs in one thread, uploads run concurrently. */
    private final ThreadLocal<ChunkLookups> lookups = new ThreadLocal<>();
    /** The terms the chunk wrote: their kept figures are recounted once, at its end. */
    private final ThreadLocal<Set<Long>> written = new ThreadLocal<>();
    private final CommitteeTermRepository terms;
    private final CommitteeMemberRepository members;

    CommitteeTermBulk(EntityManager em, OutboxBatch outbox, CommitteeTermRepository terms,
            CommitteeMemberRepository members) {
        super(em, outbox, new Shape<>("committee-terms", CommitteeTermRequest.class, CommitteeTermService.ENTITY, CommitteeTerm::new,
                t -> CommitteeTermService.toRequest(t), t -> CommitteeTermDto.of(t), t -> List.of(t.regionCode)));
        this.terms = terms;
        this.members = members;
    }

    @Override
    public List<BulkResult> upsert(List<BulkItem<CommitteeTermRequest>> chunk, BulkCaller caller) {
        written.set(new HashSet<>());
        try {
            List<BulkResult> results = super.upsert(chunk, caller);
            terms.refreshFigures(written.get());
            return results;
        } finally {
            lookups.remove();
            written.remove();
        }
    }

    @Override
    protected String key(CommitteeTermRequest r) {
        if (r.externalRef() != null) {
            return ref(r.externalRef().system(), r.externalRef().id());
        }
        return r.regionCode() == null || r.termYear() == null ? null : villageYear(r.regionCode().trim(), r.termYear());
    }

    private static String ref(String system, String id) {
        return key("ref", system, id);
    }

    private static String villageYear(String regionCode, int termYear) {
        return key("term", regionCode, termYear);
    }

    /** The rules' lookups answered from the rows the chunk's queries found. */
    private static final class ChunkLookups implements CommitteeTermService.Lookups {
        final Map<String, CommitteeTerm> byRef = new HashMap<>();
        final Map<String, CommitteeTerm> byVillageYear = new HashMap<>();
        final Map<String, Region> regions = new HashMap<>();

        void add(CommitteeTerm t) {
            if (t.externalSystem != null) {
                byRef.put(ref(t.externalSystem, t.externalId), t);
            }
            byVillageYear.put(villageYear(t.regionCode, t.termYear), t);
        }

        @Override
        public Optional<CommitteeTerm> byExternalRef(String system, String id) {
            return Optional.ofNullable(byRef.get(ref(system, id)));
        }

        @Override
        public Optional<CommitteeTerm> byVillageAndYear(String regionCode, int termYear) {
            return Optional.ofNullable(byVillageYear.get(villageYear(regionCode, termYear)));
        }

        @Override
        public Optional<Region> region(String code) {
            return Optional.ofNullable(regions.get(code));
        }
    }

    /**
     * Every term holding one of the chunk's externalRefs or village-years (the rules need both,
     * whichever key a record is matched by), and the chunk's villages.
     */
    @Override
    protected Map<String, CommitteeTerm> existing(Set<String> keys, List<CommitteeTermRequest> requests) {
        ChunkLookups found = new ChunkLookups();
        List<CommitteeTermRequest> withRef = requests.stream().filter(r -> r.externalRef() != null).toList();
        if (!withRef.isEmpty()) {
            em.createQuery("from CommitteeTerm t where t.externalSystem in :systems and t.externalId in :ids",
                            CommitteeTerm.class)
                    .setParameter("systems", values(withRef, r -> r.externalRef().system()))
                    .setParameter("ids", values(withRef, r -> r.externalRef().id()))
                    .getResultStream().forEach(found::add);
        }
        List<Object> codes = values(requests, r -> r.regionCode() == null ? null : r.regionCode().trim());
        List<Object> years = values(requests, CommitteeTermRequest::termYear);
        if (!codes.isEmpty() && !years.isEmpty()) {
            em.createQuery("from CommitteeTerm t where t.regionCode in :codes and t.termYear in :years", CommitteeTerm.class)
                    .setParameter("codes", codes).setParameter("years", years)
                    .getResultStream().forEach(found::add);
            em.createQuery("from Region r where r.code in :codes", Region.class).setParameter("codes", codes)
                    .getResultStream().forEach(r -> found.regions.put(r.code, r));
        }
        lookups.set(found);
        Map<String, CommitteeTerm> onFile = new HashMap<>(found.byRef);
        onFile.putAll(found.byVillageYear);
        onFile.keySet().retainAll(keys);
        return onFile;
    }

    /** The caller's region is checked by the framework on the term's village, before and after. */
    @Override
    protected void apply(CommitteeTerm t, CommitteeTermRequest request) {
        ChunkLookups chunk = lookups.get();
        CommitteeTermService.check(request, t.id, chunk, code -> { });
        if (t.id != null && !request.electionDate().equals(t.electionDate)) {
            CommitteeTermService.requireAdultsAt(t, request.electionDate(), members);
        }
        // Two rows of one chunk claiming the same village-year or externalRef meet the unique keys at
        // the flush, and the framework's retry refuses the later one alone.
        CommitteeTermService.apply(t, request);
    }

    @Override
    protected void written(CommitteeTerm t) {
        written.get().add(t.id);
    }

    /** The export's pages of the list as it filters. */
    IntFunction<List<CommitteeTerm>> exportPages(String prefix, Integer year) {
        return page -> terms.page(prefix, year, new PageQuery(page, PageQuery.MAX_SIZE));
    }
}
