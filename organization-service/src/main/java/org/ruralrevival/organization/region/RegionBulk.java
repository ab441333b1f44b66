package org.ruralrevival.organization.region;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import org.ruralrevival.platform.bulk.BulkCaller;
import org.ruralrevival.platform.bulk.BulkItem;
import org.ruralrevival.platform.bulk.BulkResult;
import org.ruralrevival.platform.bulk.EntityBulk;
import org.ruralrevival.platform.outbox.OutboxBatch;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.region.RegionLevel;

/**
 * Divisions in bulk, matched by code: a new one by the rules of POST (its parent on file, or
 * created by an earlier row of the upload — parents before children), one on file corrected by
 * the rules of PUT. The change-feed rows carry the {@link RegionDto} the single path feeds, which
 * economy and talent apply as region events.
 */
@Singleton
public class RegionBulk extends EntityBulk<RegionRequest, Region> {

    /**
     * The codes a chunk may hang new regions under: the parents found on file by the chunk's one
     * query, then every region the chunk creates. Per thread, as a chunk runs in one thread and
     * this handler serves concurrent uploads.
     */
    private final ThreadLocal<Set<String>> known = new ThreadLocal<>();
    private final RegionRepository regions;

    RegionBulk(EntityManager em, OutboxBatch outbox, RegionRepository regions) {
        super(em, outbox);
        this.regions = regions;
    }

    @Override
    public String collection() {
        return "regions";
    }

    @Override
    public Class<RegionRequest> requestType() {
        return RegionRequest.class;
    }

    @Override
    public List<BulkResult> upsert(List<BulkItem<RegionRequest>> chunk, BulkCaller caller) {
        known.set(new HashSet<>());
        try {
            return super.upsert(chunk, caller);
        } finally {
            known.remove();
        }
    }

    @Override
    protected String key(RegionRequest r) {
        return r.code();
    }

    /** One query for the chunk's codes and the parents their digits imply. */
    @Override
    protected Map<String, Region> existing(Set<String> keys, List<RegionRequest> requests) {
        List<String> codes = new ArrayList<>(keys);
        for (String code : keys) {
            if (DivisionCode.problemWith(code) == null) {
                DivisionCode.of(code).parent().map(DivisionCode::value).ifPresent(codes::add);
            }
        }
        Map<String, Region> found = new HashMap<>();
        for (Region r : regions.findByCodes(codes.stream().distinct().toList())) {
            known.get().add(r.code);
            if (keys.contains(r.code)) {
                found.put(r.code, r);
            }
        }
        return found;
    }

    @Override
    protected Region create() {
        return new Region();
    }

    @Override
    protected void apply(Region region, RegionRequest request) {
        if (region.id == null) {
            Set<String> parents = Objects.requireNonNull(known.get(), "upsert sets the chunk's codes");
            RegionService.fill(region, request, parents::contains);
            // A refusal after this (outside the caller's region) also covers every child below it.
            parents.add(region.code);
        } else {
            RegionService.correct(region, request);
        }
    }

    @Override
    protected RegionRequest toRequest(Region region) {
        return RegionService.toRequest(region);
    }

    @Override
    protected List<String> regions(Region region) {
        return List.of(region.code);
    }

    @Override
    protected String entity() {
        return RegionService.ENTITY;
    }

    @Override
    protected Object feedKey(Region region) {
        return region.code;
    }

    @Override
    protected Object state(Region region) {
        return RegionDto.of(region);
    }

    /** The export's pages of a subtree, by level and name as the list filters them. */
    IntFunction<List<Region>> exportPages(String prefix, RegionLevel level, String name) {
        return page -> regions.page(prefix, level, name, new PageQuery(page, PageQuery.MAX_SIZE));
    }
}
