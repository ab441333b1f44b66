package org.ruralrevival.economy.cooperative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class CooperativeRepository implements PanacheRepositoryBase<Cooperative, Long> {

    public Optional<Cooperative> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }

    public record Page(List<Cooperative> items, long total) {
    }

    public Page search(String prefix, BranchRole role, PageQuery page) {
        StringBuilder q = new StringBuilder("villageCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (role != null) {
            q.append(" and branchRole = :role");
            p.and("role", role);
        }
        var query = find(q + " order by villageCode, id", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }
}
