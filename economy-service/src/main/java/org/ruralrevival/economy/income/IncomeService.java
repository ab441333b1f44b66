package org.ruralrevival.economy.income;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.ruralrevival.economy.money.Yuan;
import org.ruralrevival.economy.project.ProjectShares;
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

/**
 * Rules of yearly accounts: one per village and year, exact yuan amounts, operating and net
 * income within total income, and a breakdown by source that adds up.
 */
@ApplicationScoped
public class IncomeService {

    public static final String ENTITY = "income";

    private final IncomeRepository incomes;
    private final ProjectShares shares;
    private final KnownRegions regions;
    private final Outbox outbox;
    private final CallerScope scope;

    IncomeService(IncomeRepository incomes, ProjectShares shares, KnownRegions regions, Outbox outbox, CallerScope scope) {
        this.incomes = incomes;
        this.shares = shares;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public IncomeAccount get(long id) {
        IncomeAccount a = incomes.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.income", id));
        scope.requireWithin(a.villageCode);
        return a;
    }

    public IncomeDto dto(IncomeAccount a) {
        return IncomeDto.of(a, regions.local(a.villageCode).map(r -> r.name).orElse(null),
                shares.incomeOf(a.villageCode, a.year));
    }

    public PageResult<IncomeDto> search(String region, Integer year, PageQuery page) {
        var found = incomes.search(scope.restrict(region), year, page);
        return new PageResult<>(found.items().stream().map(this::dto).toList(), page.page, page.size, found.total());
    }

    @Transactional
    public IncomeAccount create(IncomeRequest request) {
        IncomeAccount a = new IncomeAccount();
        fill(a, request);
        if (incomes.findByVillageAndYear(a.villageCode, a.year).isPresent()) {
            throw Problems.conflict("income.duplicate", a.villageCode, a.year);
        }
        incomes.persist(a);
        incomes.flush();
        outbox.record(ENTITY, key(a), ChangeKind.CREATED, dto(a));
        return a;
    }

    /** A correction: the same village and year, new figures, the version that was read. */
    @Transactional
    public IncomeAccount update(long id, String ifMatch, IncomeRequest request) {
        IncomeAccount a = get(id);
        Versions.check(ifMatch, a.version);
        correct(a, request);
        incomes.flush();
        outbox.record(ENTITY, key(a), ChangeKind.UPDATED, dto(a));
        return a;
    }

    /** The change feed's key of an account: village and year. */
    static String key(IncomeAccount a) {
        return a.villageCode + "/" + a.year;
    }

    /** A new account from a request, by the rules of POST (the caller looks for a duplicate). */
    void fill(IncomeAccount a, IncomeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.villageCode() == null) {
            errors.add(FieldError.of("villageCode", "field.required"));
        }
        if (request.year() == null) {
            errors.add(FieldError.of("year", "field.required"));
        }
        checkAmounts(request, errors);
        if (request.year() != null && request.year() > Year.now().getValue()) {
            errors.add(FieldError.of("year", "income.year.future", request.year()));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        scope.requireWithin(request.villageCode());
        KnownRegion village = regions.require("villageCode", request.villageCode(), RegionLevel.VILLAGE);
        apply(a, request);
        a.villageCode = village.code;
        a.year = request.year();
    }

    /** New figures for an account on file, by the rules of PUT (after its If-Match). */
    void correct(IncomeAccount a, IncomeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.villageCode() != null && !request.villageCode().equals(a.villageCode)) {
            errors.add(FieldError.of("villageCode", "income.key.immutable", a.villageCode, a.year));
        }
        if (request.year() != null && request.year() != a.year) {
            errors.add(FieldError.of("year", "income.key.immutable", a.villageCode, a.year));
        }
        checkAmounts(request, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        apply(a, request);
    }

    /** The account as the body that would store it again (exports and bulk comparisons). */
    static IncomeRequest toRequest(IncomeAccount a) {
        Map<IncomeSource, BigDecimal> sources = a.bySource();
        return new IncomeRequest(a.villageCode, a.year, a.operatingIncome, a.totalIncome, a.netIncome,
                sources.isEmpty() ? null : sources, a.note);
    }

    /** The pages of an export; the caller's scope is read now, the pages while the answer streams. */
    public IntFunction<List<IncomeAccount>> exportPages(String region, Integer year) {
        String prefix = scope.restrict(region);
        return page -> incomes.search(prefix, year, new PageQuery(page, PageQuery.MAX_SIZE)).items();
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        IncomeAccount a = get(id);
        Versions.check(ifMatch, a.version);
        IncomeDto last = dto(a);
        incomes.delete(a);
        incomes.flush();
        outbox.record(ENTITY, key(a), ChangeKind.DELETED, last);
    }

    private static void checkAmounts(IncomeRequest r, List<FieldError> errors) {
        Yuan.check(errors, "operatingIncome", r.operatingIncome(), false, false);
        Yuan.check(errors, "totalIncome", r.totalIncome(), false, false);
        Yuan.check(errors, "netIncome", r.netIncome(), false, true);
        if (r.bySource() != null) {
            r.bySource().forEach((source, amount) ->
                    Yuan.check(errors, "bySource." + source, amount, true, false));
        }
    }

    private static void apply(IncomeAccount a, IncomeRequest r) {
        if (r.operatingIncome().compareTo(r.totalIncome()) > 0) {
            throw Problems.unprocessable("income.operating.exceeds-total", r.operatingIncome(), r.totalIncome());
        }
        if (r.netIncome().compareTo(r.totalIncome()) > 0) {
            throw Problems.unprocessable("income.net.exceeds-total", r.netIncome(), r.totalIncome());
        }
        Map<IncomeSource, BigDecimal> sources = r.bySource();
        if (sources != null && !sources.isEmpty()) {
            BigDecimal all = BigDecimal.ZERO;
            BigDecimal operating = BigDecimal.ZERO;
            for (var e : sources.entrySet()) {
                all = all.add(e.getValue());
                if (e.getKey().operating()) {
                    operating = operating.add(e.getValue());
                }
            }
            if (all.compareTo(r.totalIncome()) != 0) {
                throw Problems.unprocessable("income.sources.total", Yuan.of(all), r.totalIncome());
            }
            if (operating.compareTo(r.operatingIncome()) != 0) {
                throw Problems.unprocessable("income.sources.operating", Yuan.of(operating), r.operatingIncome());
            }
        }
        a.operatingIncome = Yuan.of(r.operatingIncome());
        a.totalIncome = Yuan.of(r.totalIncome());
        a.netIncome = Yuan.of(r.netIncome());
        a.setBySource(sources == null ? null : scaled(sources));
        a.note = r.note();
    }

    private static Map<IncomeSource, BigDecimal> scaled(Map<IncomeSource, BigDecimal> sources) {
        Map<IncomeSource, BigDecimal> m = new java.util.EnumMap<>(IncomeSource.class);
        sources.forEach((k, v) -> m.put(k, Yuan.of(v)));
        return m;
    }
}
