package org.ruralrevival.organization.partyorg;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.ruralrevival.platform.persistence.Like;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class PartyOrganizationRepository implements PanacheRepositoryBase<PartyOrganization, Long> {

    public Optional<PartyOrganization> findByExternalRef(String system, String id) {
        return find("externalSystem = ?1 and externalId = ?2", system, id).firstResultOptional();
    }

    /**
     * Organizations whose own region or a covered region lies in the subtree; optionally of one
     * type, under one parent, or matching a name fragment.
     */
    public PageResult<PartyOrganizationDto> search(String prefix, OrganizationType type, Long parentId, String name,
            PageQuery page) {
        var query = filtered(prefix, type, parentId, name);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), PartyOrganizationDto::of);
    }

    /** One page of {@link #search} as entities, for exports. */
    public List<PartyOrganization> page(String prefix, OrganizationType type, Long parentId, String name, PageQuery page) {
        return filtered(prefix, type, parentId, name).page(page.toPanache()).list();
    }

    private PanacheQuery<PartyOrganization> filtered(String prefix, OrganizationType type, Long parentId, String name) {
        StringBuilder q = new StringBuilder("(o.regionCode like :prefix or exists (select 1 from PartyOrganization c "
                + "join c.coveredRegions r where c = o and r like :prefix))");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (type != null) {
            q.append(" and o.type = :type");
            p.and("type", type);
        }
        if (parentId != null) {
            q.append(" and o.parentId = :parent");
            p.and("parent", parentId);
        }
        if (name != null && !name.isBlank()) {
            q.append(" and o.name like :name");
            p.and("name", Like.containing(name));
        }
        return find("from PartyOrganization o where " + q + " order by o.regionCode, o.id", p);
    }

    /**
     * Organizations whose own region lies in the subtree and that exist on {@code at} (founded by
     * then, or with no founding date, and not dissolved by then), counted per type. Covered
     * regions are not counted, so a community committee counts once, where it sits.
     */
    public List<OrganizationTypeCount> countByType(String prefix, LocalDate at) {
        return getEntityManager().createQuery("select new " + OrganizationTypeCount.class.getName()
                        + "(o.type, count(o)) from PartyOrganization o where o.regionCode like :prefix"
                        + " and (o.foundedOn is null or o.foundedOn <= :at)"
                        + " and (o.dissolvedOn is null or o.dissolvedOn > :at)"
                        + " group by o.type order by o.type", OrganizationTypeCount.class)
                .setParameter("prefix", prefix + "%").setParameter("at", at).getResultList();
    }

    public long countChildren(long id) {
        return count("parentId", id);
    }

    /** True when {@code candidate} is {@code id} itself or below it: moving id under it would make a cycle. */
    public boolean isSelfOrDescendant(long id, long candidate) {
        Long current = candidate;
        for (int depth = 0; current != null && depth < 64; depth++) {
            if (current == id) {
                return true;
            }
            current = find("id", current).project(ParentOnly.class).firstResultOptional().map(ParentOnly::parentId)
                    .orElse(null);
        }
        return false;
    }

    @io.quarkus.runtime.annotations.RegisterForReflection
    public record ParentOnly(Long parentId) {
    }
}
