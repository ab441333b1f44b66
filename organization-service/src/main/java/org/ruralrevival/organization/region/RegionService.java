package org.ruralrevival.organization.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Predicate;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.security.CallerScope;

/** Rules of the division tree: a code's level and parent follow from its digits. */
@ApplicationScoped
public class RegionService {

    public static final String ENTITY = "region";

    private final RegionRepository regions;
    private final Outbox outbox;
    private final CallerScope scope;

    RegionService(RegionRepository regions, Outbox outbox, CallerScope scope) {
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public Region get(String code) {
        scope.requireWithin(code);
        return regions.findByCode(code).orElseThrow(() -> Problems.notFound("entity.region", code));
    }

    @Transactional
    public Region create(RegionRequest request) {
        if (request.code() != null) {
            scope.requireWithin(DivisionCode.of(request.code()).value());
        }
        Region region = new Region();
        fill(region, request, regions::existsByCode);
        if (regions.existsByCode(region.code)) {
            throw Problems.conflict("region.duplicate", region.code);
        }
        regions.persist(region);
        regions.flush();
        outbox.record(ENTITY, region.code, ChangeKind.CREATED, RegionDto.of(region));
        return region;
    }

    @Transactional
    public Region update(String code, String ifMatch, RegionRequest request) {
        Region region = get(code);
        Versions.check(ifMatch, region.version);
        if (request.code() != null && !request.code().equals(code)) {
            throw Problems.invalidField("code", "region.code.immutable", code);
        }
        correct(region, request);
        regions.flush();
        outbox.record(ENTITY, region.code, ChangeKind.UPDATED, RegionDto.of(region));
        return region;
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Region region = get(code);
        Versions.check(ifMatch, region.version);
        if (regions.countChildren(code) > 0) {
            throw Problems.conflict("region.has-children", code);
        }
        RegionDto last = RegionDto.of(region);
        regions.delete(region);
        regions.flush();
        outbox.record(ENTITY, code, ChangeKind.DELETED, last);
    }

    /**
     * The rules of a new region: code required and well formed, level and parent from its digits,
     * a parent named in the request equal to that one, and the parent on file ({@code parentKnown}:
     * the database, or for a bulk upload also the rows before it). Throws the problem POST answers.
     */
    static void fill(Region region, RegionRequest request, Predicate<String> parentKnown) {
        if (request.code() == null) {
            throw Problems.invalidField("code", "field.required");
        }
        DivisionCode code = DivisionCode.of(request.code());
        String parent = code.parent().map(DivisionCode::value).orElse(null);
        requireImpliedParent(request, parent);
        if (parent != null && !parentKnown.test(parent)) {
            throw Problems.unprocessable("region.parent.missing", code.value(), parent);
        }
        region.code = code.value();
        region.level = code.level();
        region.parentCode = parent;
        apply(region, request);
    }

    /** The rules of PUT on a region on file: its code, level and parent stay. */
    static void correct(Region region, RegionRequest request) {
        requireImpliedParent(request, region.parentCode);
        apply(region, request);
    }

    /** The region as the body that would store it again (bulk exports and the "unchanged" test). */
    static RegionRequest toRequest(Region r) {
        return new RegionRequest(r.code, r.name, r.parentCode, r.kind, r.category, r.tier, r.keyVillage, r.weakAndLax,
                r.weakEconomy, r.demonstration);
    }

    private static void requireImpliedParent(RegionRequest request, String implied) {
        if (request.parentCode() != null && !request.parentCode().equals(implied)) {
            throw Problems.invalidField("parentCode", "region.parent.not-nested", request.parentCode(),
                    implied == null ? "-" : implied);
        }
    }

    /** Checked before anything is assigned, so a refused region on file is left as it was. */
    private static RegionKind checkAttributes(RegionRequest request, RegionLevel level) {
        RegionKind kind = request.kind() == null ? RegionKind.defaultFor(level) : request.kind();
        if (kind.level() != level) {
            throw Problems.invalidField("kind", "region.kind.level", kind, level, RegionKind.of(level));
        }
        if (request.tier() != null && level != RegionLevel.VILLAGE) {
            throw Problems.invalidField("tier", "region.tier.village-only", level);
        }
        return kind;
    }

    private static void apply(Region region, RegionRequest request) {
        RegionKind kind = checkAttributes(request, region.level);
        region.name = request.name().trim();
        region.kind = kind;
        region.category = request.category();
        region.tier = request.tier();
        region.keyVillage = Boolean.TRUE.equals(request.keyVillage());
        region.weakAndLax = Boolean.TRUE.equals(request.weakAndLax());
        region.weakEconomy = Boolean.TRUE.equals(request.weakEconomy());
        region.demonstration = Boolean.TRUE.equals(request.demonstration());
    }
}
