package org.ruralrevival.talent.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.IntFunction;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.talent.common.DateRange;
import org.ruralrevival.talent.common.Figure;
import org.ruralrevival.talent.common.Today;
import org.ruralrevival.talent.region.RegionCheck;

/** Dispatches (第一书记 / 驻村工作队) and their yearly outcomes. */
@ApplicationScoped
public class DispatchService {

    public static final String ENTITY = "dispatch";

    private final DispatchRepository dispatches;
    private final Outbox outbox;
    private final CallerScope scope;
    private final RegionCheck regions;
    private final Today today;

    DispatchService(DispatchRepository dispatches, Outbox outbox, CallerScope scope, RegionCheck regions, Today today) {
        this.dispatches = dispatches;
        this.outbox = outbox;
        this.scope = scope;
        this.regions = regions;
        this.today = today;
    }

    public Dispatch get(long id) {
        Dispatch d = dispatches.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("entity.dispatch", String.valueOf(id)));
        scope.requireWithin(d.villageCode);
        return d;
    }

    public PageResult<DispatchDto> search(String region, DispatchKind kind, DateRange range, PageQuery page) {
        DispatchRepository.Page found = dispatches.search(scope.restrict(region), kind, range.from(), range.to(), page);
        return PageResult.of(found.items(), page, found.total(), DispatchDto::of);
    }

    @Transactional
    public Dispatch create(DispatchRequest request) {
        Dispatch d = new Dispatch();
        apply(d, request);
        dispatches.persist(d);
        dispatches.flush();
        outbox.record(ENTITY, d.id, ChangeKind.CREATED, DispatchDto.of(d));
        return d;
    }

    @Transactional
    public Dispatch update(long id, String ifMatch, DispatchRequest request) {
        Dispatch d = get(id);
        Versions.check(ifMatch, d.version);
        write(d, request);
        dispatches.flush();
        outbox.record(ENTITY, d.id, ChangeKind.UPDATED, DispatchDto.of(d));
        return d;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Dispatch d = get(id);
        Versions.check(ifMatch, d.version);
        DispatchDto last = DispatchDto.of(d);
        dispatches.delete(d);
        dispatches.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    /** Records (or corrects) one year's outcome; the dispatch's version covers its outcomes. */
    @Transactional
    public Dispatch recordOutcome(long id, int year, String ifMatch, OutcomeRequest request) {
        Dispatch d = get(id);
        Versions.check(ifMatch, d.version);
        requireWithinPeriod(d, year);
        d.outcomes.removeIf(o -> o.year == year);
        Outcome o = new Outcome();
        o.year = year;
        o.projects = request.projects();
        o.funds = request.funds();
        o.opinions = request.opinions();
        o.problemsSolved = request.problemsSolved();
        d.outcomes.add(o);
        d.outcomes.sort((a, b) -> Integer.compare(a.year, b.year));
        dispatches.flush();
        outbox.record(ENTITY, d.id, ChangeKind.UPDATED, DispatchDto.of(d));
        return d;
    }

    @Transactional
    public Dispatch removeOutcome(long id, int year, String ifMatch) {
        Dispatch d = get(id);
        Versions.check(ifMatch, d.version);
        if (!d.outcomes.removeIf(o -> o.year == year)) {
            throw Problems.notFound("entity.dispatch-outcome", id + "/" + year);
        }
        dispatches.flush();
        outbox.record(ENTITY, d.id, ChangeKind.UPDATED, DispatchDto.of(d));
        return d;
    }

    public DispatchSummary summary(String region, DateRange range) {
        String prefix = scope.restrict(region);
        DispatchRepository.Totals t = dispatches.totals(prefix, range.from(), range.to());
        return new DispatchSummary(prefix.isEmpty() ? null : DivisionCode.fromPrefix(prefix).value(), range.from(),
                range.to(), Figure.of(t.dispatched(), "persons"), Figure.of(t.firstSecretaries(), "persons"),
                Figure.of(t.workTeamMembers(), "persons"), Figure.of(t.projects(), "projects"),
                Figure.of(t.funds(), "yuan"), Figure.of(t.opinions(), "opinions"),
                Figure.of(t.problemsSolved(), "problems"));
    }

    /** An outcome belongs to a year the person was in the village, and not to a year still to come. */
    private void requireWithinPeriod(Dispatch d, int year) {
        int first = d.fromDate.getYear();
        int last = d.toDate == null ? today.date().getYear() : Math.min(d.toDate.getYear(), today.date().getYear());
        if (year < first || year > last) {
            throw Problems.unprocessable("dispatch.outcome.outside-period", String.valueOf(year), String.valueOf(first),
                    String.valueOf(last));
        }
    }

    /** The rules of POST (a new dispatch) and PUT (one on file, after its If-Match); the bulk path calls it too. */
    void write(Dispatch d, DispatchRequest request) {
        apply(d, request);
        for (Outcome o : d.outcomes) {
            requireWithinPeriod(d, o.year);
        }
    }

    /** The dispatch as the body that would store it again (exports and bulk comparisons; outcomes are kept apart). */
    static DispatchRequest toRequest(Dispatch d) {
        return new DispatchRequest(d.kind, d.personName, d.memberId, d.unit, d.villageCode, d.fromDate, d.toDate);
    }

    /** The pages of an export; the caller's scope is read now, the pages while the answer streams. */
    public IntFunction<List<Dispatch>> exportPages(String region, DispatchKind kind, DateRange range) {
        String prefix = scope.restrict(region);
        return page -> dispatches.search(prefix, kind, range.from(), range.to(), new PageQuery(page, PageQuery.MAX_SIZE))
                .items();
    }

    private void apply(Dispatch d, DispatchRequest request) {
        String village = regions.requireVillage("villageCode", request.villageCode());
        if (request.to() != null && request.to().isBefore(request.from())) {
            throw Problems.invalidField("to", "talent.period.order", request.from(), request.to());
        }
        d.kind = request.kind();
        d.personName = request.personName().trim();
        d.memberId = request.memberId();
        d.unit = request.unit().trim();
        d.villageCode = village;
        d.fromDate = request.from();
        d.toDate = request.to();
    }
}
