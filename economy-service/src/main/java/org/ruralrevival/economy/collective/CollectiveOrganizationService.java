package org.ruralrevival.economy.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

/** Rules of collective economic organizations: a valid N-code whose institution type fits the region. */
@ApplicationScoped
public class CollectiveOrganizationService {

    public static final String ENTITY = "collective-organization";

    /** What a create-or-upsert did: the same credit code sent again updates the record. */
    public record Saved(CollectiveOrganization organization, boolean created) {
    }

    private final CollectiveOrganizationRepository organizations;
    private final KnownRegions regions;
    private final Outbox outbox;
    private final CallerScope scope;

    CollectiveOrganizationService(CollectiveOrganizationRepository organizations, KnownRegions regions, Outbox outbox,
            CallerScope scope) {
        this.organizations = organizations;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public CollectiveOrganization get(String creditCode) {
        CollectiveOrganization o = organizations.findByCreditCode(CreditCode.normalize(creditCode))
                .orElseThrow(() -> Problems.notFound("entity.collective-organization", creditCode));
        scope.requireWithin(o.regionCode);
        return o;
    }

    public PageResult<CollectiveOrganizationDto> search(String region, String name, PageQuery page) {
        var found = organizations.search(scope.restrict(region), name, page);
        return new PageResult<>(found.items().stream().map(this::dto).toList(), page.page, page.size, found.total());
    }

    public CollectiveOrganizationDto dto(CollectiveOrganization o) {
        return CollectiveOrganizationDto.of(o, regions.local(o.regionCode).map(r -> r.name).orElse(null));
    }

    @Transactional
    public Saved create(CollectiveOrganizationRequest request) {
        CreditCode code = parse(request);
        var existing = organizations.findByCreditCode(code.value());
        if (existing.isPresent()) {
            scope.requireWithin(existing.get().regionCode);
            return new Saved(change(existing.get(), code, request), false);
        }
        CollectiveOrganization o = new CollectiveOrganization();
        o.creditCode = code.value();
        apply(o, code, request);
        organizations.persist(o);
        organizations.flush();
        outbox.record(ENTITY, o.creditCode, ChangeKind.CREATED, dto(o));
        return new Saved(o, true);
    }

    @Transactional
    public CollectiveOrganization update(String creditCode, String ifMatch, CollectiveOrganizationRequest request) {
        CollectiveOrganization o = get(creditCode);
        Versions.check(ifMatch, o.version);
        if (request.creditCode() != null && !CreditCode.normalize(request.creditCode()).equals(o.creditCode)) {
            throw Problems.invalidField("creditCode", "collective.code.immutable", o.creditCode);
        }
        return change(o, new CreditCode(o.creditCode), request);
    }

    @Transactional
    public void delete(String creditCode, String ifMatch) {
        CollectiveOrganization o = get(creditCode);
        Versions.check(ifMatch, o.version);
        CollectiveOrganizationDto last = dto(o);
        organizations.delete(o);
        organizations.flush();
        outbox.record(ENTITY, o.creditCode, ChangeKind.DELETED, last);
    }

    private CollectiveOrganization change(CollectiveOrganization o, CreditCode code, CollectiveOrganizationRequest request) {
        apply(o, code, request);
        organizations.flush();
        outbox.record(ENTITY, o.creditCode, ChangeKind.UPDATED, dto(o));
        return o;
    }

    private static CreditCode parse(CollectiveOrganizationRequest request) {
        if (request.creditCode() == null || request.creditCode().isBlank()) {
            throw Problems.invalidField("creditCode", "field.required");
        }
        String problem = CreditCode.problemWith(request.creditCode());
        boolean override = Boolean.TRUE.equals(request.acceptLegacyCheckCharacter());
        if (problem != null && !(override && problem.equals("creditcode.checksum"))) {
            String normalized = CreditCode.normalize(request.creditCode());
            Object expected = problem.equals("creditcode.checksum") ? CreditCode.checkCharacter(normalized.substring(0, 17)) : "";
            throw Problems.invalidField("creditCode", problem, normalized, expected);
        }
        CreditCode code = new CreditCode(CreditCode.normalize(request.creditCode()));
        if (!code.isRuralCollective()) {
            throw Problems.invalidField("creditCode", "collective.code.not-collective", code.value());
        }
        return code;
    }

    private void apply(CollectiveOrganization o, CreditCode code, CollectiveOrganizationRequest request) {
        scope.requireWithin(request.regionCode());
        KnownRegion region = regions.require("regionCode", request.regionCode(), levelsFor(code));
        o.legacyCheckCharacter = !code.checkCharacterMatches();
        o.name = request.name().trim();
        o.regionCode = region.code;
        o.registeredOn = request.registeredOn();
        o.memberCount = request.memberCount();
    }

    /** GB 32100 institution types of registering authority N: 1 group, 2 village, 3 town, 9 other. */
    private static RegionLevel[] levelsFor(CreditCode code) {
        return switch (code.institutionType()) {
            case '1' -> new RegionLevel[] {RegionLevel.GROUP};
            case '2' -> new RegionLevel[] {RegionLevel.VILLAGE};
            case '3' -> new RegionLevel[] {RegionLevel.TOWN};
            default -> new RegionLevel[] {RegionLevel.GROUP, RegionLevel.VILLAGE, RegionLevel.TOWN};
        };
    }
}
