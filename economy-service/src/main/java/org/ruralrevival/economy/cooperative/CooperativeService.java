package org.ruralrevival.economy.cooperative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.ruralrevival.economy.collective.CreditCode;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.regionref.KnownRegion;
import org.ruralrevival.platform.regionref.KnownRegions;
import org.ruralrevival.platform.security.CallerScope;

/** Rules of party-branch cooperatives: a valid 93… credit code when given, a village, no founding in the future. */
@ApplicationScoped
public class CooperativeService {

    public static final String ENTITY = "cooperative";

    public record Saved(Cooperative cooperative, boolean created) {
    }

    private final CooperativeRepository cooperatives;
    private final KnownRegions regions;
    private final Outbox outbox;
    private final CallerScope scope;

    CooperativeService(CooperativeRepository cooperatives, KnownRegions regions, Outbox outbox, CallerScope scope) {
        this.cooperatives = cooperatives;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public Cooperative get(long id) {
        Cooperative c = cooperatives.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.cooperative", id));
        scope.requireWithin(c.villageCode);
        return c;
    }

    public CooperativeDto dto(Cooperative c) {
        return CooperativeDto.of(c, regions.local(c.villageCode).map(r -> r.name).orElse(null));
    }

    public PageResult<CooperativeDto> search(String region, BranchRole role, PageQuery page) {
        var found = cooperatives.search(scope.restrict(region), role, page);
        return new PageResult<>(found.items().stream().map(this::dto).toList(), page.page, page.size, found.total());
    }

    @Transactional
    public Saved create(CooperativeRequest request) {
        String code = creditCode(request);
        if (code != null) {
            var existing = cooperatives.findByCreditCode(code);
            if (existing.isPresent()) {
                scope.requireWithin(existing.get().villageCode);
                return new Saved(change(existing.get(), request), false);
            }
        }
        Cooperative c = new Cooperative();
        c.creditCode = code;
        apply(c, request);
        cooperatives.persist(c);
        cooperatives.flush();
        outbox.record(ENTITY, c.id, ChangeKind.CREATED, dto(c));
        return new Saved(c, true);
    }

    @Transactional
    public Cooperative update(long id, String ifMatch, CooperativeRequest request) {
        Cooperative c = get(id);
        Versions.check(ifMatch, c.version);
        String code = creditCode(request);
        if (code != null && !code.equals(c.creditCode)) {
            if (c.creditCode != null) {
                throw Problems.invalidField("creditCode", "cooperative.code.immutable", c.creditCode);
            }
            if (cooperatives.findByCreditCode(code).isPresent()) {
                throw Problems.conflict("cooperative.code.taken", code);
            }
            c.creditCode = code;
        }
        return change(c, request);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Cooperative c = get(id);
        Versions.check(ifMatch, c.version);
        CooperativeDto last = dto(c);
        cooperatives.delete(c);
        cooperatives.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    private Cooperative change(Cooperative c, CooperativeRequest request) {
        apply(c, request);
        cooperatives.flush();
        outbox.record(ENTITY, c.id, ChangeKind.UPDATED, dto(c));
        return c;
    }

    private static String creditCode(CooperativeRequest request) {
        if (request.creditCode() == null || request.creditCode().isBlank()) {
            return null;
        }
        String normalized = CreditCode.normalize(request.creditCode());
        String problem = CreditCode.problemWith(normalized);
        if (problem != null) {
            Object expected = problem.equals("creditcode.checksum") ? CreditCode.checkCharacter(normalized.substring(0, 17)) : "";
            throw Problems.invalidField("creditCode", problem, normalized, expected);
        }
        if (!new CreditCode(normalized).isFarmerCooperative()) {
            throw Problems.invalidField("creditCode", "cooperative.code.not-cooperative", normalized);
        }
        return normalized;
    }

    private void apply(Cooperative c, CooperativeRequest r) {
        if (r.foundedOn() != null && r.foundedOn().isAfter(LocalDate.now())) {
            throw Problems.invalidField("foundedOn", "date.future", r.foundedOn());
        }
        scope.requireWithin(r.villageCode());
        KnownRegion village = regions.require("villageCode", r.villageCode(), RegionLevel.VILLAGE);
        c.name = r.name().trim();
        c.villageCode = village.code;
        c.branchRole = r.branchRole();
        c.memberCount = r.memberCount();
        c.businessModel = r.businessModel();
        c.foundedOn = r.foundedOn();
    }
}
