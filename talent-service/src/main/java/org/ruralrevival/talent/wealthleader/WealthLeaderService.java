package org.ruralrevival.talent.wealthleader;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.talent.common.Today;
import org.ruralrevival.talent.region.RegionCheck;

/** 双培双带: the two ledgers and the targets they are measured against. */
@ApplicationScoped
public class WealthLeaderService {

    public static final String ENTRY = "wealth-leader-entry";
    public static final String TARGET = "wealth-leader-target";

    /** What a target upsert did: sending the same region, year and kind again updates. */
    public record Saved(Target target, boolean created) {
    }

    private final WealthLeaderRepository entries;
    private final TargetRepository targets;
    private final Outbox outbox;
    private final CallerScope scope;
    private final RegionCheck regions;
    private final Today today;

    WealthLeaderService(WealthLeaderRepository entries, TargetRepository targets, Outbox outbox, CallerScope scope,
            RegionCheck regions, Today today) {
        this.entries = entries;
        this.targets = targets;
        this.outbox = outbox;
        this.scope = scope;
        this.regions = regions;
        this.today = today;
    }

    // --- ledgers

    public LedgerEntry entry(long id) {
        LedgerEntry e = entries.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("entity.wealth-leader-entry", String.valueOf(id)));
        scope.requireWithin(e.villageCode);
        return e;
    }

    public PageResult<LedgerEntryDto> searchEntries(String region, LedgerKind kind, Boolean achieved, PageQuery page) {
        WealthLeaderRepository.Page found = entries.search(scope.restrict(region), kind, achieved, page);
        return PageResult.of(found.items(), page, found.total(), LedgerEntryDto::of);
    }

    @Transactional
    public LedgerEntry createEntry(LedgerEntryRequest request) {
        LedgerEntry e = new LedgerEntry();
        apply(e, request);
        entries.persist(e);
        entries.flush();
        outbox.record(ENTRY, e.id, ChangeKind.CREATED, LedgerEntryDto.of(e));
        return e;
    }

    @Transactional
    public LedgerEntry updateEntry(long id, String ifMatch, LedgerEntryRequest request) {
        LedgerEntry e = entry(id);
        Versions.check(ifMatch, e.version);
        apply(e, request);
        entries.flush();
        outbox.record(ENTRY, e.id, ChangeKind.UPDATED, LedgerEntryDto.of(e));
        return e;
    }

    @Transactional
    public void deleteEntry(long id, String ifMatch) {
        LedgerEntry e = entry(id);
        Versions.check(ifMatch, e.version);
        LedgerEntryDto last = LedgerEntryDto.of(e);
        entries.delete(e);
        entries.flush();
        outbox.record(ENTRY, id, ChangeKind.DELETED, last);
    }

    // --- targets

    public Target target(long id) {
        Target t = targets.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("entity.wealth-leader-target", String.valueOf(id)));
        scope.requireWithin(t.regionCode);
        return t;
    }

    public TargetDto targetDto(Target t, LocalDate asOf) {
        return withProgress(List.of(t), asOf).get(0);
    }

    public PageResult<TargetDto> searchTargets(String region, Integer year, LocalDate asOf, PageQuery page) {
        TargetRepository.Page found = targets.search(scope.restrict(region), year, page);
        return new PageResult<>(withProgress(found.items(), asOf), page.page, page.size, found.total());
    }

    /** The region's own targets for {@code year} or later, measured on {@code asOf} (for the talent report). */
    public List<TargetDto> targetsOf(String regionCode, int year, LocalDate asOf) {
        return withProgress(targets.forRegionFrom(regionCode, year), asOf);
    }

    @Transactional
    public Saved saveTarget(TargetRequest request) {
        String region = regions.requireRegion("regionCode", request.regionCode());
        var existing = targets.findByKey(region, request.year(), request.kind());
        if (existing.isPresent()) {
            Target t = existing.get();
            apply(t, region, request);
            targets.flush();
            outbox.record(TARGET, t.id, ChangeKind.UPDATED, targetDto(t, today.date()));
            return new Saved(t, false);
        }
        Target t = new Target();
        apply(t, region, request);
        targets.persist(t);
        targets.flush();
        outbox.record(TARGET, t.id, ChangeKind.CREATED, targetDto(t, today.date()));
        return new Saved(t, true);
    }

    @Transactional
    public Target updateTarget(long id, String ifMatch, TargetRequest request) {
        Target t = target(id);
        Versions.check(ifMatch, t.version);
        String region = regions.requireRegion("regionCode", request.regionCode());
        targets.findByKey(region, request.year(), request.kind()).filter(other -> !other.id.equals(t.id))
                .ifPresent(other -> {
                    throw Problems.conflict("wealth.target.duplicate", region, String.valueOf(request.year()),
                            request.kind(), String.valueOf(other.id));
                });
        apply(t, region, request);
        targets.flush();
        outbox.record(TARGET, t.id, ChangeKind.UPDATED, targetDto(t, today.date()));
        return t;
    }

    @Transactional
    public void deleteTarget(long id, String ifMatch) {
        Target t = target(id);
        Versions.check(ifMatch, t.version);
        TargetDto last = targetDto(t, today.date());
        targets.delete(t);
        targets.flush();
        outbox.record(TARGET, id, ChangeKind.DELETED, last);
    }

    public LocalDate today() {
        return today.date();
    }

    private List<TargetDto> withProgress(List<Target> list, LocalDate asOf) {
        Map<Long, TargetRepository.Counts> counts = targets.progress(list.stream().map(t -> t.id).toList(), asOf);
        return list.stream().map(t -> {
            TargetRepository.Counts c = counts.getOrDefault(t.id, new TargetRepository.Counts(0, 0));
            return TargetDto.of(t, asOf, c.achieved(), c.inProgress());
        }).toList();
    }

    private static void apply(Target t, String region, TargetRequest request) {
        t.regionCode = region;
        t.regionPrefix = DivisionCode.of(region).subtreePrefix();
        t.year = request.year();
        t.kind = request.kind();
        t.targetPercent = request.targetPercent();
        t.baseCount = request.baseCount();
    }

    private void apply(LedgerEntry e, LedgerEntryRequest request) {
        String village = regions.requireVillage("villageCode", request.villageCode());
        boolean cadre = Boolean.TRUE.equals(request.villageCadre());
        if (cadre && request.kind() != LedgerKind.MEMBER_TO_LEADER) {
            throw Problems.invalidField("villageCadre", "wealth.village-cadre.kind");
        }
        today.refuseFuture(request.startedOn());
        today.refuseFuture(request.achievedOn());
        if (request.achievedOn() != null && request.achievedOn().isBefore(request.startedOn())) {
            throw Problems.invalidField("achievedOn", "talent.period.order", request.startedOn(), request.achievedOn());
        }
        e.kind = request.kind();
        e.villageCode = village;
        e.personName = request.personName().trim();
        e.memberId = request.memberId();
        e.villageCadre = cadre;
        e.industry = request.industry() == null || request.industry().isBlank() ? null : request.industry().trim();
        e.startedOn = request.startedOn();
        e.achievedOn = request.achievedOn();
        e.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
    }
}
