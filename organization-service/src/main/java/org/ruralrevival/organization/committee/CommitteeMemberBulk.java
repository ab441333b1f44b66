package org.ruralrevival.organization.committee;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.ruralrevival.platform.bulk.BulkCaller;
import org.ruralrevival.platform.bulk.BulkItem;
import org.ruralrevival.platform.bulk.BulkResult;
import org.ruralrevival.platform.bulk.EntityBulk;
import org.ruralrevival.platform.outbox.OutboxBatch;
import org.ruralrevival.platform.paging.PageQuery;

/**
 * Two-committee members in bulk, matched by {@code externalRef}, or without one as a person in a
 * term: the term, the name and the birth date. New ones and corrections go through the rules of
 * POST and PUT (age at the election, one post per committee, one secretary and one director per
 * term, counting the chunk's earlier rows); the change-feed rows carry the
 * {@link CommitteeMemberDto} the single path feeds.
 */
@Singleton
public class CommitteeMemberBulk extends EntityBulk<CommitteeMemberRequest, CommitteeMember> {

    /** The terms a chunk has locked, per thread: a chunk runs in one thread, uploads run concurrently. */
    private final ThreadLocal<Set<Long>> locked = new ThreadLocal<>();
    /** The terms whose kept figures the chunk's writes change: recounted once, at its end. */
    private final ThreadLocal<Set<Long>> touched = new ThreadLocal<>();
    private final CommitteeMemberService service;
    private final CommitteeMemberRepository members;
    private final CommitteeTermRepository terms;

    CommitteeMemberBulk(EntityManager em, OutboxBatch outbox, CommitteeMemberService service,
            CommitteeMemberRepository members, CommitteeTermRepository terms) {
        super(em, outbox, new Shape<>("committee-members", CommitteeMemberRequest.class, CommitteeMemberService.ENTITY, CommitteeMember::new,
                m -> CommitteeMemberService.toRequest(m), m -> CommitteeMemberDto.of(m), m -> List.of(m.term.regionCode)));
        this.service = service;
        this.members = members;
        this.terms = terms;
    }

    @Override
    public List<BulkResult> upsert(List<BulkItem<CommitteeMemberRequest>> chunk, BulkCaller caller) {
        locked.set(new HashSet<>());
        touched.set(new HashSet<>());
        try {
            List<BulkResult> results = super.upsert(chunk, caller);
            terms.refreshFigures(touched.get());
            return results;
        } finally {
            locked.remove();
            touched.remove();
        }
    }

    @Override
    protected String key(CommitteeMemberRequest r) {
        if (r.externalRef() != null) {
            return ref(r.externalRef().system(), r.externalRef().id());
        }
        return r.termId() == null || r.name() == null || r.birthDate() == null ? null
                : person(r.termId(), r.name(), r.birthDate());
    }

    private static String ref(String system, String id) {
        return key("ref", system, id);
    }

    private static String person(long termId, String name, LocalDate birthDate) {
        return key("person", termId, name, birthDate);
    }

    /**
     * One query per key kind for the members on file; the chunk's terms loaded into the session
     * (the rules then find them without a query each) and locked at once, in id order.
     */
    @Override
    protected Map<String, CommitteeMember> existing(Set<String> keys, List<CommitteeMemberRequest> requests) {
        List<CommitteeMemberRequest> byRef = requests.stream().filter(r -> r.externalRef() != null).toList();
        List<CommitteeMemberRequest> byPerson = requests.stream()
                .filter(r -> r.externalRef() == null && r.termId() != null && r.name() != null).toList();
        Map<String, CommitteeMember> found = new HashMap<>();
        if (!byRef.isEmpty()) {
            found.putAll(find(keys, CommitteeMember.class,
                    "from CommitteeMember m join fetch m.term where m.externalSystem in :systems and m.externalId in :ids",
                    Map.of("systems", values(byRef, r -> r.externalRef().system()),
                            "ids", values(byRef, r -> r.externalRef().id())),
                    m -> m.externalSystem == null ? "" : ref(m.externalSystem, m.externalId)));
        }
        if (!byPerson.isEmpty()) {
            found.putAll(find(keys, CommitteeMember.class,
                    "from CommitteeMember m join fetch m.term where m.term.id in :terms and m.name in :names",
                    Map.of("terms", values(byPerson, CommitteeMemberRequest::termId),
                            "names", values(byPerson, r -> r.name().trim())),
                    m -> person(m.term.id, m.name, m.birthDate)));
        }
        List<Object> termIds = values(requests, CommitteeMemberRequest::termId);
        if (!termIds.isEmpty()) {
            List<CommitteeTerm> chunkTerms = terms.list("id in ?1", termIds);
            TreeSet<Long> ids = new TreeSet<>();
            for (CommitteeTerm t : chunkTerms) {
                ids.add(t.id);
            }
            terms.lockAll(ids);
            locked.get().addAll(ids);
        }
        return found;
    }

    @Override
    protected void apply(CommitteeMember m, CommitteeMemberRequest request) {
        Long formerTerm = m.term == null ? null : m.term.id;
        Set<Long> held = locked.get();
        service.apply(m, request, id -> {
            if (held.add(id)) {
                terms.lock(id);
            }
        }, request.externalRef() != null);
        if (formerTerm != null && !formerTerm.equals(m.term.id)) {
            // Moved to another term: the former term's figures change too (the new one's via written()).
            touched.get().add(formerTerm);
        }
    }

    @Override
    protected void written(CommitteeMember m) {
        touched.get().add(m.term.id);
    }

    /** The export's pages of the list as it filters. */
    IntFunction<List<CommitteeMember>> exportPages(String prefix, Long termId, Integer year) {
        return page -> members.page(prefix, termId, year, new PageQuery(page, PageQuery.MAX_SIZE));
    }
}
