package org.ruralrevival.organization.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.ruralrevival.organization.partyorg.ExternalRef;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.security.CallerScope;

/**
 * Rules of two-committee members: born before the election and at least 18 at it (村民委员会组织法:
 * villagers of 18 may stand), one post per committee for a person, and one party secretary and
 * one director per term.
 */
@ApplicationScoped
public class CommitteeMemberService {

    public static final String ENTITY = "committee-member";

    /** Minimum age at the election date. */
    static final int MINIMUM_AGE = 18;

    public record Saved(CommitteeMember member, boolean created) {
    }

    private final CommitteeMemberRepository members;
    private final CommitteeTermRepository terms;
    private final Outbox outbox;
    private final CallerScope scope;

    CommitteeMemberService(CommitteeMemberRepository members, CommitteeTermRepository terms, Outbox outbox,
            CallerScope scope) {
        this.members = members;
        this.terms = terms;
        this.outbox = outbox;
        this.scope = scope;
    }

    public CommitteeMember get(long id) {
        CommitteeMember m = members.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("entity.committee-member", id));
        scope.requireWithin(m.term.regionCode);
        return m;
    }

    @Transactional
    public Saved create(CommitteeMemberRequest request) {
        if (request.externalRef() != null) {
            var existing = members.findByExternalRef(request.externalRef().system(), request.externalRef().id());
            if (existing.isPresent()) {
                return new Saved(change(existing.get(), request), false);
            }
        }
        CommitteeMember m = new CommitteeMember();
        apply(m, request, terms::lock, false);
        members.persist(m);
        members.flush();
        terms.refreshFigures(List.of(m.term.id));
        outbox.record(ENTITY, m.id, ChangeKind.CREATED, CommitteeMemberDto.of(m));
        return new Saved(m, true);
    }

    @Transactional
    public CommitteeMember update(long id, String ifMatch, CommitteeMemberRequest request) {
        CommitteeMember m = get(id);
        Versions.check(ifMatch, m.version);
        return change(m, request);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        CommitteeMember m = get(id);
        Versions.check(ifMatch, m.version);
        CommitteeMemberDto last = CommitteeMemberDto.of(m);
        long termId = m.term.id;
        members.delete(m);
        members.flush();
        terms.refreshFigures(List.of(termId));
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    /** Writes and feeds a change only when the request changes something. */
    private CommitteeMember change(CommitteeMember m, CommitteeMemberRequest request) {
        scope.requireWithin(m.term.regionCode);
        CommitteeMemberRequest before = toRequest(m);
        long formerTerm = m.term.id;
        apply(m, request, terms::lock, false);
        if (Objects.equals(before, toRequest(m))) {
            return m;
        }
        members.flush();
        terms.refreshFigures(new TreeSet<>(List.of(formerTerm, m.term.id)));
        outbox.record(ENTITY, m.id, ChangeKind.UPDATED, CommitteeMemberDto.of(m));
        return m;
    }

    /**
     * Checks everything before touching the entity, so a refusal leaves nothing half-changed.
     * {@code lockTerm} takes the term's row lock (bulk takes a chunk's term locks at once);
     * {@code matchedByRef} says the caller found {@code m} by the request's externalRef (or found
     * none), so no other member holds it and the lookup is skipped.
     */
    void apply(CommitteeMember m, CommitteeMemberRequest request, LongConsumer lockTerm, boolean matchedByRef) {
        requireOnePostPerCommittee(request.posts());
        CommitteeTerm term = terms.findByIdOptional(request.termId())
                .orElseThrow(() -> Problems.unprocessable("committee.member.term.missing", request.termId()));
        scope.requireWithin(term.regionCode);
        if (!request.birthDate().isBefore(term.electionDate)) {
            throw Problems.invalidField("birthDate", "committee.member.birth-date.after-election", request.birthDate(),
                    term.electionDate);
        }
        int age = Period.between(request.birthDate(), term.electionDate).getYears();
        if (age < MINIMUM_AGE) {
            throw Problems.unprocessable("committee.member.under-age", age, term.electionDate, MINIMUM_AGE);
        }
        long self = m.id == null ? -1L : m.id;
        if (request.externalRef() != null && !matchedByRef) {
            var owner = members.findByExternalRef(request.externalRef().system(), request.externalRef().id());
            if (owner.isPresent() && owner.get().id != self) {
                throw Problems.conflict("committee.external-ref.taken", request.externalRef().system(),
                        request.externalRef().id(), owner.get().id);
            }
        }
        // Serializes writers of this term until commit, so the head-post check below cannot race.
        lockTerm.accept(term.id);
        for (CommitteePost post : request.posts()) {
            if (post.head()) {
                var holder = members.holderOf(term.id, post, self);
                if (holder.isPresent()) {
                    throw Problems.conflict("committee.member.post-taken", post, term.id, holder.get().name,
                            holder.get().id);
                }
            }
        }
        m.term = term;
        m.name = request.name().trim();
        m.gender = request.gender();
        m.birthDate = request.birthDate();
        m.education = request.education();
        m.ethnicity = request.ethnicity() == null || request.ethnicity().isBlank() ? null : request.ethnicity().trim();
        // Replaced only when different: clearing a loaded set marks it dirty, and Hibernate would
        // rewrite its rows and raise the version of a member that did not change.
        if (!m.posts.equals(new TreeSet<>(request.posts()))) {
            m.posts.clear();
            m.posts.addAll(request.posts());
        }
        m.partyMemberId = request.partyMemberId();
        if (request.externalRef() != null) {
            m.externalSystem = request.externalRef().system();
            m.externalId = request.externalRef().id();
        }
    }

    /** The member as the body that would store it again: exports, and "did anything change". */
    static CommitteeMemberRequest toRequest(CommitteeMember m) {
        return new CommitteeMemberRequest(m.term.id, m.name, m.gender, m.birthDate, m.education, m.ethnicity,
                new TreeSet<>(m.posts), m.partyMemberId,
                m.externalSystem == null ? null : new ExternalRef(m.externalSystem, m.externalId));
    }

    /** A person holds at most one post in each committee (not secretary and deputy at once). */
    private static void requireOnePostPerCommittee(Set<CommitteePost> posts) {
        Set<CommitteePost.Committee> seen = EnumSet.noneOf(CommitteePost.Committee.class);
        for (CommitteePost post : posts) {
            if (!seen.add(post.committee())) {
                throw Problems.invalidField("posts", "committee.member.posts.one-per-committee", post.committee());
            }
        }
    }
}
