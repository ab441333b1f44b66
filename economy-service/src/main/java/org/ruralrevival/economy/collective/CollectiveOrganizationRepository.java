package org.ruralrevival.economy.collective;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.ruralrevival.platform.persistence.Like;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class CollectiveOrganizationRepository implements PanacheRepositoryBase<CollectiveOrganization, Long> {

    public Optional<CollectiveOrganization> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }

    public record Page(List<CollectiveOrganization> items, long total) {
    }

    public Page search(String prefix, String name, PageQuery page) {
        StringBuilder q = new StringBuilder("regionCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (name != null && !name.isBlank()) {
            q.append(" and name like :name");
            p.and("name", Like.containing(name));
        }
        var query = find(q + " order by regionCode, creditCode", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }
}
