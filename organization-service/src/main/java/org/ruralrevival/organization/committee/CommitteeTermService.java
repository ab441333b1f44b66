package org.ruralrevival.organization.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ruralrevival.organization.partyorg.ExternalRef;
import org.ruralrevival.organization.region.Region;
import org.ruralrevival.organization.region.RegionRepository;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.security.CallerScope;

/**
 * Rules of two-committee terms: one per village and 换届 year, elected on a date inside that year
 * (a term is named after the year it was elected in, as the reports do: "2021年换届") and not
 * after today.
 */
@ApplicationScoped
public class CommitteeTermService {

    public static final String ENTITY = "committee-term";

    /** Elections are dated in China's time zone, whatever the server's clock says. */
    static final ZoneId ELECTION_ZONE = ZoneId.of("Asia/Shanghai");

    /** What a create-or-upsert did: a term sent again with its externalRef updates instead of duplicating. */
    public record Saved(CommitteeTerm term, boolean created) {
    }

    private final CommitteeTermRepository terms;
    private final CommitteeMemberRepository members;
    private final RegionRepository regions;
    private final Outbox outbox;
    private final CallerScope scope;

    CommitteeTermService(CommitteeTermRepository terms, CommitteeMemberRepository members, RegionRepository regions,
            Outbox outbox, CallerScope scope) {
        this.terms = terms;
        this.members = members;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public CommitteeTerm get(long id) {
        CommitteeTerm t = terms.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.committee-term", id));
        scope.requireWithin(t.regionCode);
        return t;
    }

    /** The figures of a term year in the caller's part of the region (see the repository). */
    public CommitteeStatistics statistics(String region, int year) {
        return terms.statistics(scope.restrict(region), year);
    }

    @Transactional
    public Saved create(CommitteeTermRequest request) {
        if (request.externalRef() != null) {
            var existing = terms.findByExternalRef(request.externalRef().system(), request.externalRef().id());
            if (existing.isPresent()) {
                return new Saved(change(existing.get(), request), false);
            }
        }
        validate(request, null);
        CommitteeTerm t = new CommitteeTerm();
        apply(t, request);
        terms.persist(t);
        terms.flush();
        terms.refreshFigures(List.of(t.id));
        outbox.record(ENTITY, t.id, ChangeKind.CREATED, CommitteeTermDto.of(t));
        return new Saved(t, true);
    }

    @Transactional
    public CommitteeTerm update(long id, String ifMatch, CommitteeTermRequest request) {
        CommitteeTerm t = get(id);
        Versions.check(ifMatch, t.version);
        return change(t, request);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        CommitteeTerm t = get(id);
        Versions.check(ifMatch, t.version);
        long count = members.countByTerm(id);
        if (count > 0) {
            throw Problems.conflict("committee.term.has-members", id, count);
        }
        CommitteeTermDto last = CommitteeTermDto.of(t);
        terms.delete(t);
        terms.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    private CommitteeTerm change(CommitteeTerm t, CommitteeTermRequest request) {
        scope.requireWithin(t.regionCode);
        validate(request, t.id);
        requireAdultsAt(t, request.electionDate(), members);
        apply(t, request);
        terms.flush();
        // A new village, year or election date changes where the term counts and its members' ages.
        terms.refreshFigures(List.of(t.id));
        outbox.record(ENTITY, t.id, ChangeKind.UPDATED, CommitteeTermDto.of(t));
        return t;
    }

    private void validate(CommitteeTermRequest request, Long selfId) {
        check(request, selfId, new Lookups() {
            @Override
            public Optional<CommitteeTerm> byExternalRef(String system, String id) {
                return terms.findByExternalRef(system, id);
            }

            @Override
            public Optional<CommitteeTerm> byVillageAndYear(String regionCode, int termYear) {
                return terms.findByVillageAndYear(regionCode, termYear);
            }

            @Override
            public Optional<Region> region(String code) {
                return regions.findByCode(code);
            }
        }, scope::requireWithin);
    }

    /** What the rules look up: the database for a single write, the chunk's preloaded rows in bulk. */
    interface Lookups {
        Optional<CommitteeTerm> byExternalRef(String system, String id);

        Optional<CommitteeTerm> byVillageAndYear(String regionCode, int termYear);

        Optional<Region> region(String code);
    }

    /**
     * The rules of a term's values (the term itself, when on file, is {@code selfId}): election
     * date inside the term year and not after today, a village on file ({@code within}: the caller's
     * region check once the code is well formed), externalRef and village-year not taken by another.
     */
    static void check(CommitteeTermRequest request, Long selfId, Lookups lookups, Consumer<String> within) {
        LocalDate election = request.electionDate();
        if (election.isAfter(today())) {
            throw Problems.invalidField("electionDate", "committee.term.election-date.future", election);
        }
        if (election.getYear() != request.termYear()) {
            throw Problems.invalidField("electionDate", "committee.term.election-date.year", election,
                    request.termYear());
        }
        String code = request.regionCode();
        String problem = DivisionCode.problemWith(code);
        if (problem != null) {
            throw Problems.invalidField("regionCode", problem, code);
        }
        within.accept(code);
        Region region = lookups.region(code)
                .orElseThrow(() -> Problems.unprocessable("committee.region.missing", code));
        if (region.level != RegionLevel.VILLAGE) {
            throw Problems.unprocessable("committee.region.not-village", code, region.level);
        }
        if (request.externalRef() != null) {
            var owner = lookups.byExternalRef(request.externalRef().system(), request.externalRef().id());
            if (owner.isPresent() && !owner.get().id.equals(selfId)) {
                throw Problems.conflict("committee.external-ref.taken", request.externalRef().system(),
                        request.externalRef().id(), owner.get().id);
            }
        }
        var clash = lookups.byVillageAndYear(code, request.termYear());
        if (clash.isPresent() && !clash.get().id.equals(selfId)) {
            throw Problems.conflict("committee.term.duplicate", code, request.termYear(), clash.get().id);
        }
    }

    /** Moving the election date must not make an elected member younger than 18 at it. */
    static void requireAdultsAt(CommitteeTerm t, LocalDate election, CommitteeMemberRepository members) {
        long tooYoung = members.countBornAfter(t.id, election.minusYears(18));
        if (tooYoung > 0) {
            throw Problems.unprocessable("committee.term.members-under-age", election, tooYoung);
        }
    }

    /** The term as the body that would store it again (bulk exports and the "unchanged" test). */
    static CommitteeTermRequest toRequest(CommitteeTerm t) {
        return new CommitteeTermRequest(t.regionCode, t.termYear, t.electionDate,
                t.externalSystem == null ? null : new ExternalRef(t.externalSystem, t.externalId));
    }

    static void apply(CommitteeTerm t, CommitteeTermRequest request) {
        t.regionCode = request.regionCode();
        t.termYear = request.termYear();
        t.electionDate = request.electionDate();
        if (request.externalRef() != null) {
            t.externalSystem = request.externalRef().system();
            t.externalId = request.externalRef().id();
        }
    }

    static LocalDate today() {
        return LocalDate.now(ELECTION_ZONE);
    }
}
