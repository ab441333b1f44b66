package org.ruralrevival.economy.income;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class IncomeRepository implements PanacheRepositoryBase<IncomeAccount, Long> {

    public Optional<IncomeAccount> findByVillageAndYear(String villageCode, int year) {
        return find("villageCode = ?1 and year = ?2", villageCode, year).firstResultOptional();
    }

    public record Page(List<IncomeAccount> items, long total) {
    }

    public Page search(String prefix, Integer year, PageQuery page) {
        StringBuilder q = new StringBuilder("villageCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        var query = find(q + " order by year desc, villageCode", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }
}
