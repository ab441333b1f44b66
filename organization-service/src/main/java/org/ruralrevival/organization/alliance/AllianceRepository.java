package org.ruralrevival.organization.alliance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ruralrevival.organization.partyorg.PartyOrganization;
import org.ruralrevival.organization.partyorg.PartyOrganizationRepository;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class AllianceRepository implements PanacheRepositoryBase<Alliance, Long> {

    private final PartyOrganizationRepository organizations;

    AllianceRepository(PartyOrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** Alliances led from the subtree, optionally of one kind or with one member organization. */
    public PageResult<AllianceDto> search(String prefix, AllianceKind kind, Long organizationId, PageQuery page) {
        StringBuilder q = new StringBuilder("a.regionCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (kind != null) {
            q.append(" and a.kind = :kind");
            p.and("kind", kind);
        }
        if (organizationId != null) {
            q.append(" and :org member of a.organizationIds");
            p.and("org", organizationId);
        }
        var query = find("from Alliance a where " + q + " order by a.regionCode, a.id", p);
        List<Alliance> found = query.page(page.toPanache()).list();
        Map<Long, PartyOrganization> members = membersOf(found);
        return PageResult.of(found, page, query.count(), a -> AllianceDto.of(a, members));
    }

    public AllianceDto toDto(Alliance a) {
        return AllianceDto.of(a, membersOf(List.of(a)));
    }

    public boolean hasMember(long organizationId) {
        return count("?1 member of organizationIds", organizationId) > 0;
    }

    /** The member organizations of several alliances in one query. */
    private Map<Long, PartyOrganization> membersOf(List<Alliance> alliances) {
        Set<Long> ids = new TreeSet<>();
        alliances.forEach(a -> ids.addAll(a.organizationIds));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organizations.list("id in ?1", List.copyOf(ids)).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
    }
}
