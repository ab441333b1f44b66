package org.ruralrevival.economy.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralrevival.economy.money.Yuan;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.regionref.KnownRegion;
import org.ruralrevival.platform.regionref.KnownRegions;
import org.ruralrevival.platform.security.CallerScope;

/** Rules of credit lines: a village, a positive exact amount, granted on a day that has come. */
@ApplicationScoped
public class CreditLineService {

    public static final String ENTITY = "credit-line";

    private final CreditLineRepository lines;
    private final KnownRegions regions;
    private final Outbox outbox;
    private final CallerScope scope;

    CreditLineService(CreditLineRepository lines, KnownRegions regions, Outbox outbox, CallerScope scope) {
        this.lines = lines;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public CreditLine get(long id) {
        CreditLine c = lines.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.credit-line", id));
        scope.requireWithin(c.villageCode);
        return c;
    }

    public CreditLineDto dto(CreditLine c) {
        return CreditLineDto.of(c, regions.local(c.villageCode).map(r -> r.name).orElse(null));
    }

    public PageResult<CreditLineDto> search(String region, Integer year, PageQuery page) {
        var found = lines.search(scope.restrict(region), year, page);
        return new PageResult<>(found.items().stream().map(this::dto).toList(), page.page, page.size, found.total());
    }

    @Transactional
    public CreditLine create(CreditLineRequest r) {
        if (r.villageCode() == null) {
            throw Problems.invalidField("villageCode", "field.required");
        }
        check(r);
        scope.requireWithin(r.villageCode());
        KnownRegion village = regions.require("villageCode", r.villageCode(), RegionLevel.VILLAGE);
        if (lines.exists(village.code, r.bank().trim(), r.grantedOn())) {
            throw Problems.conflict("credit.duplicate", village.code, r.bank().trim(), r.grantedOn());
        }
        CreditLine c = new CreditLine();
        c.villageCode = village.code;
        apply(c, r);
        lines.persist(c);
        lines.flush();
        outbox.record(ENTITY, c.id, ChangeKind.CREATED, dto(c));
        return c;
    }

    @Transactional
    public CreditLine update(long id, String ifMatch, CreditLineRequest r) {
        CreditLine c = get(id);
        Versions.check(ifMatch, c.version);
        if (r.villageCode() != null && !r.villageCode().equals(c.villageCode)) {
            throw Problems.invalidField("villageCode", "credit.village.immutable", c.villageCode);
        }
        check(r);
        apply(c, r);
        lines.flush();
        outbox.record(ENTITY, c.id, ChangeKind.UPDATED, dto(c));
        return c;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        CreditLine c = get(id);
        Versions.check(ifMatch, c.version);
        CreditLineDto last = dto(c);
        lines.delete(c);
        lines.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    private static void check(CreditLineRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Yuan.check(errors, "amount", r.amount(), true, false);
        if (r.amount() != null && r.amount().signum() == 0) {
            errors.add(FieldError.of("amount", "credit.amount.zero"));
        }
        if (r.grantedOn().isAfter(LocalDate.now())) {
            errors.add(FieldError.of("grantedOn", "date.future", r.grantedOn()));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private static void apply(CreditLine c, CreditLineRequest r) {
        c.bank = r.bank().trim();
        c.amount = Yuan.of(r.amount());
        c.grantedOn = r.grantedOn();
        c.termYears = r.termYears();
    }
}
