package org.ruralrevival.economy.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Year;
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

/** Rules of doubling plans: a positive baseline, a multiple above 1, a target year after the baseline. */
@ApplicationScoped
public class DoublingPlanService {

    public static final String ENTITY = "doubling-plan";
    static final BigDecimal DEFAULT_MULTIPLE = new BigDecimal("2.00");
    static final int DEFAULT_YEARS = 4;

    private final DoublingPlanRepository plans;
    private final KnownRegions regions;
    private final Outbox outbox;
    private final CallerScope scope;

    DoublingPlanService(DoublingPlanRepository plans, KnownRegions regions, Outbox outbox, CallerScope scope) {
        this.plans = plans;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public DoublingPlan get(long id) {
        DoublingPlan p = plans.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.doubling-plan", id));
        scope.requireWithin(p.villageCode);
        return p;
    }

    public PageResult<DoublingPlanDto> search(String region, Boolean behind, Integer year, PageQuery page) {
        int y = year == null ? Year.now().getValue() : year;
        var found = plans.search(scope.restrict(region), behind, y, page);
        return new PageResult<>(found.items().stream().map(p -> dto(p, y)).toList(), page.page, page.size, found.total());
    }

    public DoublingPlanDto dto(DoublingPlan p, Integer year) {
        int y = year == null ? Year.now().getValue() : year;
        DoublingPath path = p.path();
        var latest = plans.latestIncome(p.villageCode, p.baselineYear, y)
                .orElse(new DoublingPlanRepository.Latest(p.baselineYear, p.baselineIncome));
        var progress = new DoublingPlanDto.Progress(y, path.phaseAt(y), path.lineAt(y), latest.operatingIncome(),
                latest.year(), path.percentOfTarget(latest.operatingIncome()),
                y > p.baselineYear && path.isBehind(latest.operatingIncome(), y));
        return new DoublingPlanDto(p.id, p.villageCode, regions.local(p.villageCode).map(r -> r.name).orElse(null),
                p.baselineYear, p.baselineIncome, p.targetMultiple, p.targetYear, path.target(), p.model, p.note,
                progress, "yuan", p.version);
    }

    @Transactional
    public DoublingPlan create(DoublingPlanRequest request) {
        if (request.villageCode() == null) {
            throw Problems.invalidField("villageCode", "field.required");
        }
        check(request, request.baselineYear());
        scope.requireWithin(request.villageCode());
        KnownRegion village = regions.require("villageCode", request.villageCode(), RegionLevel.VILLAGE);
        if (plans.findByVillageAndBaseline(village.code, request.baselineYear()).isPresent()) {
            throw Problems.conflict("plan.duplicate", village.code, request.baselineYear());
        }
        DoublingPlan p = new DoublingPlan();
        p.villageCode = village.code;
        p.baselineYear = request.baselineYear();
        apply(p, request);
        plans.persist(p);
        plans.flush();
        outbox.record(ENTITY, p.id, ChangeKind.CREATED, dto(p, null));
        return p;
    }

    @Transactional
    public DoublingPlan update(long id, String ifMatch, DoublingPlanRequest request) {
        DoublingPlan p = get(id);
        Versions.check(ifMatch, p.version);
        if ((request.villageCode() != null && !request.villageCode().equals(p.villageCode))
                || (request.baselineYear() != null && request.baselineYear() != p.baselineYear)) {
            throw Problems.invalidField(request.villageCode() != null && !request.villageCode().equals(p.villageCode)
                    ? "villageCode" : "baselineYear", "plan.key.immutable", p.villageCode, p.baselineYear);
        }
        check(request, p.baselineYear);
        apply(p, request);
        plans.flush();
        outbox.record(ENTITY, p.id, ChangeKind.UPDATED, dto(p, null));
        return p;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        DoublingPlan p = get(id);
        Versions.check(ifMatch, p.version);
        DoublingPlanDto last = dto(p, null);
        plans.delete(p);
        plans.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    private static void check(DoublingPlanRequest r, Integer baselineYear) {
        List<FieldError> errors = new ArrayList<>();
        Yuan.check(errors, "baselineIncome", r.baselineIncome(), true, false);
        if (r.baselineIncome() != null && r.baselineIncome().signum() == 0) {
            errors.add(FieldError.of("baselineIncome", "plan.baseline.zero"));
        }
        BigDecimal multiple = r.targetMultiple();
        if (multiple != null && (multiple.compareTo(BigDecimal.ONE) <= 0 || multiple.compareTo(BigDecimal.valueOf(100)) > 0
                || multiple.stripTrailingZeros().scale() > 2)) {
            errors.add(FieldError.of("targetMultiple", "plan.multiple", multiple.toPlainString()));
        }
        if (baselineYear != null && r.targetYear() != null && r.targetYear() <= baselineYear) {
            errors.add(FieldError.of("targetYear", "plan.target-year", r.targetYear(), baselineYear));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private static void apply(DoublingPlan p, DoublingPlanRequest r) {
        p.baselineIncome = Yuan.of(r.baselineIncome());
        p.targetMultiple = r.targetMultiple() == null ? DEFAULT_MULTIPLE : r.targetMultiple().setScale(2);
        p.targetYear = r.targetYear() == null ? p.baselineYear + DEFAULT_YEARS : r.targetYear();
        p.model = r.model();
        p.note = r.note();
    }
}
