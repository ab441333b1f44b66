package org.ruralrevival.talent.bounty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

/** Bounties (揭榜挂帅): OPEN → CLAIMED → COMPLETED, each step dated and never backwards. */
@ApplicationScoped
public class BountyService {

    public static final String ENTITY = "bounty";

    private final BountyRepository bounties;
    private final Outbox outbox;
    private final CallerScope scope;
    private final RegionCheck regions;
    private final Today today;

    BountyService(BountyRepository bounties, Outbox outbox, CallerScope scope, RegionCheck regions, Today today) {
        this.bounties = bounties;
        this.outbox = outbox;
        this.scope = scope;
        this.regions = regions;
        this.today = today;
    }

    public Bounty get(long id) {
        Bounty b = bounties.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.bounty", String.valueOf(id)));
        scope.requireWithin(b.regionCode);
        return b;
    }

    public PageResult<BountyDto> search(String region, BountyState state, PageQuery page) {
        BountyRepository.Page found = bounties.search(scope.restrict(region), state, page);
        return PageResult.of(found.items(), page, found.total(), BountyDto::of);
    }

    @Transactional
    public Bounty create(BountyRequest request) {
        Bounty b = new Bounty();
        apply(b, request);
        bounties.persist(b);
        bounties.flush();
        outbox.record(ENTITY, b.id, ChangeKind.CREATED, BountyDto.of(b));
        return b;
    }

    /** The posting can be corrected while nobody has claimed it. */
    @Transactional
    public Bounty update(long id, String ifMatch, BountyRequest request) {
        Bounty b = get(id);
        Versions.check(ifMatch, b.version);
        requireState(b, BountyState.OPEN);
        apply(b, request);
        bounties.flush();
        outbox.record(ENTITY, b.id, ChangeKind.UPDATED, BountyDto.of(b));
        return b;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Bounty b = get(id);
        Versions.check(ifMatch, b.version);
        requireState(b, BountyState.OPEN);
        BountyDto last = BountyDto.of(b);
        bounties.delete(b);
        bounties.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    @Transactional
    public Bounty claim(long id, String ifMatch, ClaimRequest request) {
        Bounty b = locked(id, ifMatch);
        requireState(b, BountyState.OPEN);
        today.refuseFuture(request.date());
        if (request.date().isBefore(b.postedOn)) {
            throw Problems.unprocessable("bounty.claim.before-posted", request.date(), b.postedOn);
        }
        b.state = BountyState.CLAIMED;
        b.claimantKind = request.claimantKind();
        b.claimantName = request.claimantName().trim();
        b.claimantMemberId = request.memberId();
        b.claimedOn = request.date();
        bounties.flush();
        outbox.record(ENTITY, b.id, ChangeKind.UPDATED, BountyDto.of(b));
        return b;
    }

    @Transactional
    public Bounty complete(long id, String ifMatch, CompleteRequest request) {
        Bounty b = locked(id, ifMatch);
        requireState(b, BountyState.CLAIMED);
        today.refuseFuture(request.date());
        if (request.date().isBefore(b.claimedOn)) {
            throw Problems.unprocessable("bounty.complete.before-claimed", request.date(), b.claimedOn);
        }
        b.state = BountyState.COMPLETED;
        b.completedOn = request.date();
        b.fundsSpent = request.fundsSpent();
        b.points = request.points();
        b.completionNote = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        bounties.flush();
        outbox.record(ENTITY, b.id, ChangeKind.UPDATED, BountyDto.of(b));
        return b;
    }

    public BountySummary summary(String region, DateRange range) {
        String prefix = scope.restrict(region);
        BountyRepository.Totals t = bounties.totals(prefix, range.from(), range.to());
        return new BountySummary(prefix.isEmpty() ? null : DivisionCode.fromPrefix(prefix).value(), range.from(),
                range.to(), Figure.of(t.posted(), "bounties"), Figure.of(t.open(), "bounties"),
                Figure.of(t.claimed(), "bounties"), Figure.of(t.completed(), "bounties"),
                Figure.of(t.fundsSpent(), "yuan"), Figure.of(t.points(), "points"),
                bounties.points(prefix, range.from(), range.to()));
    }

    private Bounty locked(long id, String ifMatch) {
        Bounty b = bounties.lock(id).orElseThrow(() -> Problems.notFound("entity.bounty", String.valueOf(id)));
        scope.requireWithin(b.regionCode);
        if (ifMatch != null && !ifMatch.isBlank()) {
            Versions.check(ifMatch, b.version);
        }
        return b;
    }

    /** A step from the wrong state clashes with what is stored: 409 naming the state it is in. */
    private static void requireState(Bounty b, BountyState needed) {
        if (b.state != needed) {
            throw Problems.conflict("bounty.state." + b.state.name().toLowerCase(java.util.Locale.ROOT),
                    String.valueOf(b.id), needed);
        }
    }

    private void apply(Bounty b, BountyRequest request) {
        String region = regions.requireTownOrVillage("regionCode", request.regionCode());
        today.refuseFuture(request.postedOn());
        b.regionCode = region;
        b.title = request.title().trim();
        b.description = request.description() == null || request.description().isBlank() ? null : request.description().trim();
        b.postedOn = request.postedOn();
        b.budget = request.budget();
    }
}
