package org.ruralrevival.organization.household;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class MemberHouseholdRepository implements PanacheRepositoryBase<MemberHousehold, Long> {

    public Optional<MemberHousehold> findLink(long memberId, String householdHead, String address) {
        return find("memberId = ?1 and householdHead = ?2 and address = ?3", memberId, householdHead, address)
                .firstResultOptional();
    }

    /** Links of members in the region subtree (the member's region), optionally of one member. */
    public PageResult<MemberHouseholdDto> search(String prefix, Long memberId, PageQuery page) {
        StringBuilder q = new StringBuilder(
                "memberId in (select m.id from Member m where m.regionCode like :prefix)");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (memberId != null) {
            q.append(" and memberId = :member");
            p.and("member", memberId);
        }
        var query = find(q + " order by memberId, id", p);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), MemberHouseholdDto::of);
    }

    /**
     * Report figure: distinct households linked to members of the region by {@code yearEnd}; a
     * household several members look after counts once (same head at the same address).
     */
    public long linkedHouseholds(String prefix, LocalDate yearEnd) {
        Number n = (Number) getEntityManager().createNativeQuery("SELECT COUNT(DISTINCT h.household_head, h.address) "
                + "FROM member_household h JOIN party_member m ON m.id = h.member_id "
                + "WHERE m.region_code LIKE :p AND h.linked_on <= :d")
                .setParameter("p", prefix + "%").setParameter("d", yearEnd).getSingleResult();
        return n.longValue();
    }
}
