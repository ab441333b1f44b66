package org.ruralrevival.organization.region;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.ruralrevival.platform.persistence.Like;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.region.RegionLevel;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, Long> {

    public Optional<Region> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean existsByCode(String code) {
        return count("code", code) > 0;
    }

    /** Regions in a subtree (code prefix), optionally of one level and matching a name fragment. */
    public PageResult<RegionDto> search(String prefix, RegionLevel level, String name, PageQuery page) {
        var query = subtree(prefix, level, name);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), RegionDto::of);
    }

    /** One page of {@link #search} as entities, for exports. */
    public List<Region> page(String prefix, RegionLevel level, String name, PageQuery page) {
        return subtree(prefix, level, name).page(page.toPanache()).list();
    }

    private PanacheQuery<Region> subtree(String prefix, RegionLevel level, String name) {
        StringBuilder q = new StringBuilder("code like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (level != null) {
            q.append(" and level = :level");
            p.and("level", level);
        }
        if (name != null && !name.isBlank()) {
            q.append(" and name like :name");
            p.and("name", Like.containing(name));
        }
        return find(q + " order by code", p);
    }

    public PageResult<RegionDto> children(String parentCode, PageQuery page) {
        var query = find("parentCode = ?1 order by code", parentCode);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), RegionDto::of);
    }

    public long countChildren(String code) {
        return count("parentCode", code);
    }

    public List<Region> findByCodes(List<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }

    /** One pass over the subtree: towns, villages and the village attributes reports group by. */
    public VillageFigures figures(String prefix) {
        return getEntityManager().createQuery("""
                select new org.ruralrevival.organization.region.VillageFigures(
                    coalesce(sum(case when r.level = org.ruralrevival.platform.region.RegionLevel.TOWN then 1 else 0 end), 0),
                    coalesce(sum(case when r.level = org.ruralrevival.platform.region.RegionLevel.VILLAGE then 1 else 0 end), 0),
                    coalesce(sum(case when r.level = org.ruralrevival.platform.region.RegionLevel.VILLAGE and r.keyVillage then 1 else 0 end), 0),
                    coalesce(sum(case when r.level = org.ruralrevival.platform.region.RegionLevel.VILLAGE and r.weakAndLax then 1 else 0 end), 0),
                    coalesce(sum(case when r.level = org.ruralrevival.platform.region.RegionLevel.VILLAGE and r.weakEconomy then 1 else 0 end), 0),
                    coalesce(sum(case when r.level = org.ruralrevival.platform.region.RegionLevel.VILLAGE and r.demonstration then 1 else 0 end), 0),
                    coalesce(sum(case when r.tier = org.ruralrevival.organization.region.VillageTier.LEADING then 1 else 0 end), 0),
                    coalesce(sum(case when r.tier = org.ruralrevival.organization.region.VillageTier.IMPROVING then 1 else 0 end), 0),
                    coalesce(sum(case when r.tier = org.ruralrevival.organization.region.VillageTier.LAGGING then 1 else 0 end), 0))
                from Region r where r.code like :prefix""", VillageFigures.class)
                .setParameter("prefix", prefix + "%").getSingleResult();
    }
}
