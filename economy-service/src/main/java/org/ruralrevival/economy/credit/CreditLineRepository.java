package org.ruralrevival.economy.credit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class CreditLineRepository implements PanacheRepositoryBase<CreditLine, Long> {

    public record Page(List<CreditLine> items, long total) {
    }

    public boolean exists(String villageCode, String bank, LocalDate grantedOn) {
        return count("villageCode = ?1 and bank = ?2 and grantedOn = ?3", villageCode, bank, grantedOn) > 0;
    }

    public Page search(String prefix, Integer year, PageQuery page) {
        StringBuilder q = new StringBuilder("villageCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (year != null) {
            q.append(" and year(grantedOn) = :year");
            p.and("year", year);
        }
        var query = find(q + " order by grantedOn desc, id", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }
}
