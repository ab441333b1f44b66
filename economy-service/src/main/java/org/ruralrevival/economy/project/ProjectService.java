package org.ruralrevival.economy.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.ruralrevival.economy.money.Yuan;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.regionref.KnownRegions;
import org.ruralrevival.platform.security.CallerScope;

/**
 * Rules of projects: villages that exist, shares that add up to exactly 1, exact amounts, one
 * entry per funding source and per year, actual income only for years that have begun. Every
 * write re-derives the villages' parts of joint-project income.
 */
@ApplicationScoped
public class ProjectService {

    public static final String ENTITY = "project";

    /** What a create-or-upsert did: a project sent again with its externalRef updates instead. */
    public record Saved(Project project, boolean created) {
    }

    private final ProjectRepository projects;
    private final ProjectShares shares;
    private final KnownRegions regions;
    private final Outbox outbox;
    private final CallerScope scope;

    ProjectService(ProjectRepository projects, ProjectShares shares, KnownRegions regions, Outbox outbox,
            CallerScope scope) {
        this.projects = projects;
        this.shares = shares;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    /** A project is visible to a region-scoped caller when one of its villages is in the region. */
    public Project get(long id) {
        Project p = projects.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.project", id));
        var own = scope.region();
        if (own.isPresent() && p.villages.stream().noneMatch(v -> v.villageCode.startsWith(own.get().subtreePrefix()))) {
            scope.requireWithin(p.leadVillageCode);
        }
        return p;
    }

    public PageResult<ProjectDto> search(String region, ProjectType type, ProjectModel model, PageQuery page) {
        var found = projects.search(scope.restrict(region), type, model, page);
        return new PageResult<>(found.items().stream().map(this::dto).toList(), page.page, page.size, found.total());
    }

    @Transactional
    public Saved create(ProjectRequest request) {
        if (request.externalRef() != null) {
            var existing = projects.findByExternalRef(request.externalRef().system(), request.externalRef().id());
            if (existing.isPresent()) {
                requireAllWithin(existing.get());
                return new Saved(change(existing.get(), request), false);
            }
        }
        Project p = new Project();
        apply(p, request);
        projects.persist(p);
        projects.flush();
        shares.recompute(p);
        outbox.record(ENTITY, p.id, ChangeKind.CREATED, dto(p));
        return new Saved(p, true);
    }

    @Transactional
    public Project update(long id, String ifMatch, ProjectRequest request) {
        Project p = get(id);
        Versions.check(ifMatch, p.version);
        requireAllWithin(p);
        return change(p, request);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Project p = get(id);
        Versions.check(ifMatch, p.version);
        requireAllWithin(p);
        ProjectDto last = dto(p);
        shares.forget(p.id);
        projects.delete(p);
        projects.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    private Project change(Project p, ProjectRequest request) {
        apply(p, request);
        projects.flush();
        shares.recompute(p);
        outbox.record(ENTITY, p.id, ChangeKind.UPDATED, dto(p));
        return p;
    }

    private void requireAllWithin(Project p) {
        for (ProjectVillage v : p.villages) {
            scope.requireWithin(v.villageCode);
        }
    }

    /** The rules of POST and PUT, and the assignment; the bulk path calls it too. */
    void apply(Project p, ProjectRequest r) {
        List<FieldError> errors = new ArrayList<>();
        List<ProjectVillage> holders = holders(r.villages(), errors);
        Map<FundingSource, BigDecimal> funding = new LinkedHashMap<>();
        List<ProjectRequest.Funding> fundingIn = r.funding() == null ? List.of() : r.funding();
        for (int i = 0; i < fundingIn.size(); i++) {
            ProjectRequest.Funding f = fundingIn.get(i);
            Yuan.check(errors, "funding[" + i + "].amount", f.amount(), true, false);
            if (funding.put(f.source(), f.amount()) != null) {
                errors.add(FieldError.of("funding[" + i + "].source", "project.funding.duplicate", f.source()));
            }
        }
        List<ProjectRequest.YearIncome> yearsIn = r.yearlyIncomes() == null ? List.of() : r.yearlyIncomes();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < yearsIn.size(); i++) {
            ProjectRequest.YearIncome y = yearsIn.get(i);
            Yuan.check(errors, "yearlyIncomes[" + i + "].expectedIncome", y.expectedIncome(), false, false);
            Yuan.check(errors, "yearlyIncomes[" + i + "].actualIncome", y.actualIncome(), false, false);
            if (!seen.add(y.year())) {
                errors.add(FieldError.of("yearlyIncomes[" + i + "].year", "project.year.duplicate", y.year()));
            }
        }
        List<ProjectRequest.Contract> contractsIn = r.contracts() == null ? List.of() : r.contracts();
        for (int i = 0; i < contractsIn.size(); i++) {
            ProjectRequest.Contract c = contractsIn.get(i);
            Yuan.check(errors, "contracts[" + i + "].yearlyAmount", c.yearlyAmount(), false, false);
            if (c.endOfTerm() == EndOfTerm.OTHER && (c.endOfTermNote() == null || c.endOfTermNote().isBlank())) {
                errors.add(FieldError.of("contracts[" + i + "].endOfTermNote", "project.contract.note-required"));
            }
        }
        Yuan.check(errors, "expectedYearlyIncome", r.expectedYearlyIncome(), false, false);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        for (int i = 0; i < holders.size(); i++) {
            scope.requireWithin(holders.get(i).villageCode);
        }
        for (int i = 0; i < holders.size(); i++) {
            regions.require("villages[" + i + "].villageCode", holders.get(i).villageCode, RegionLevel.VILLAGE);
        }
        if (holders.size() > 1 && !ShareSplit.sumIsOne(holders)) {
            BigDecimal sum = holders.stream().map(h -> h.share).reduce(BigDecimal.ZERO, BigDecimal::add);
            throw Problems.unprocessable("project.shares.sum", sum.stripTrailingZeros().toPlainString());
        }
        if (r.model() == ProjectModel.JOINT_VILLAGES && holders.size() < 2) {
            throw Problems.unprocessable("project.model.joint-needs-villages");
        }
        int thisYear = Year.now().getValue();
        for (ProjectRequest.YearIncome y : yearsIn) {
            if (y.actualIncome() != null && y.year() > thisYear) {
                throw Problems.unprocessable("project.actual.future", y.year());
            }
        }

        p.name = r.name().trim();
        p.type = r.type();
        p.model = r.model();
        p.leadVillageCode = holders.get(0).villageCode;
        p.villages.clear();
        p.villages.addAll(holders);
        p.funding.clear();
        funding.forEach((source, amount) -> p.funding.add(new ProjectFunding(source, Yuan.of(amount))));
        p.years.clear();
        yearsIn.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).forEach(y ->
                p.years.add(new ProjectYear(y.year(), Yuan.of(y.expectedIncome()), Yuan.of(y.actualIncome()))));
        p.contracts.clear();
        for (ProjectRequest.Contract c : contractsIn) {
            ProjectContract contract = new ProjectContract();
            contract.counterparty = c.counterparty().trim();
            contract.leaseTermYears = c.leaseTermYears();
            contract.startDate = c.startDate();
            contract.yearlyAmount = Yuan.of(c.yearlyAmount());
            contract.endOfTerm = c.endOfTerm();
            contract.endOfTermNote = c.endOfTermNote();
            p.contracts.add(contract);
        }
        p.startedOn = r.startedOn();
        p.expectedYearlyIncome = Yuan.of(r.expectedYearlyIncome());
        p.description = r.description();
        if (r.externalRef() != null) {
            p.externalSystem = r.externalRef().system();
            p.externalId = r.externalRef().id();
        }
    }

    /**
     * The project as the body that would store it again (exports and bulk comparisons): villages
     * lead first then by code, funding by source, so the order the rows come back in does not matter.
     */
    static ProjectRequest toRequest(Project p) {
        List<ProjectRequest.Holder> villages = p.villages.stream()
                .sorted(Comparator.comparing((ProjectVillage v) -> !v.villageCode.equals(p.leadVillageCode))
                        .thenComparing(v -> v.villageCode))
                .map(v -> new ProjectRequest.Holder(v.villageCode, v.share)).toList();
        return new ProjectRequest(p.name, p.type, p.model, villages,
                orNull(p.funding.stream().sorted(Comparator.comparing(f -> f.source))
                        .map(f -> new ProjectRequest.Funding(f.source, f.amount)).toList()),
                orNull(p.years.stream().sorted(Comparator.comparing(y -> y.year))
                        .map(y -> new ProjectRequest.YearIncome(y.year, y.expectedIncome, y.actualIncome)).toList()),
                orNull(p.contracts.stream().map(c -> new ProjectRequest.Contract(c.counterparty, c.leaseTermYears,
                        c.startDate, c.yearlyAmount, c.endOfTerm, c.endOfTermNote)).toList()),
                p.startedOn, p.expectedYearlyIncome, p.description,
                p.externalSystem == null ? null : new ExternalRef(p.externalSystem, p.externalId));
    }

    private static <T> List<T> orNull(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    /** The pages of an export; the caller's scope is read now, the pages while the answer streams. */
    public IntFunction<List<Project>> exportPages(String region, ProjectType type, ProjectModel model) {
        String prefix = scope.restrict(region);
        return page -> projects.search(prefix, type, model, new PageQuery(page, PageQuery.MAX_SIZE)).items();
    }

    private static List<ProjectVillage> holders(List<ProjectRequest.Holder> in, List<FieldError> errors) {
        List<ProjectVillage> holders = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            ProjectRequest.Holder h = in.get(i);
            BigDecimal share = h.share();
            if (share == null && in.size() == 1) {
                share = BigDecimal.ONE;
            }
            String field = "villages[" + i + "].share";
            if (share == null) {
                errors.add(FieldError.of(field, "project.share.required"));
            } else if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                errors.add(FieldError.of(field, "project.share.range", share.toPlainString()));
            } else if (share.stripTrailingZeros().scale() > ShareSplit.SHARE_SCALE) {
                errors.add(FieldError.of(field, "project.share.scale", share.toPlainString()));
            }
            if (!codes.add(h.villageCode())) {
                errors.add(FieldError.of("villages[" + i + "].villageCode", "project.village.duplicate", h.villageCode()));
            }
            holders.add(new ProjectVillage(h.villageCode(),
                    share == null || share.stripTrailingZeros().scale() > ShareSplit.SHARE_SCALE ? share
                            : share.setScale(ShareSplit.SHARE_SCALE)));
        }
        return holders;
    }

    public ProjectDto dto(Project p) {
        Map<Integer, List<ProjectDto.Part>> parts = new LinkedHashMap<>();
        if (p.id != null) {
            for (Object[] row : shares.partsOf(p.id)) {
                parts.computeIfAbsent(((Number) row[1]).intValue(), y -> new ArrayList<>())
                        .add(new ProjectDto.Part((String) row[0], new BigDecimal(row[2].toString()).setScale(2)));
            }
        }
        BigDecimal investment = p.funding.stream().map(f -> f.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ProjectDto(p.id, p.name, p.type, p.model, p.isJoint(),
                p.villages.stream().map(v -> new ProjectDto.Holder(v.villageCode,
                        regions.local(v.villageCode).map(k -> k.name).orElse(null), v.share)).toList(),
                p.funding.stream().map(f -> new ProjectDto.Funding(f.source, f.amount)).toList(),
                investment.setScale(2),
                p.years.stream().map(y -> new ProjectDto.YearIncome(y.year, y.expectedIncome, y.actualIncome,
                        parts.getOrDefault(y.year, List.of()))).toList(),
                p.contracts.stream().map(c -> new ProjectDto.Contract(c.counterparty, c.leaseTermYears, c.startDate,
                        c.endDate(), c.yearlyAmount, c.endOfTerm, c.endOfTermNote)).toList(),
                p.startedOn, p.expectedYearlyIncome, p.description,
                p.externalSystem == null ? null : new ExternalRef(p.externalSystem, p.externalId), "yuan", p.version);
    }
}
