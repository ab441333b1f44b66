package org.ruralrevival.organization.servicecenter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class ServiceCenterFundRepository implements PanacheRepositoryBase<ServiceCenterFund, Long> {

    public Optional<ServiceCenterFund> findByCenterAndYear(long centerId, int year) {
        return find("from ServiceCenterFund f where f.center.id = ?1 and f.year = ?2", centerId, year).firstResultOptional();
    }

    public PageResult<FundDto> ofCenter(long centerId, PageQuery page) {
        var query = find("from ServiceCenterFund f where f.center.id = ?1 order by f.year", centerId);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), FundDto::of);
    }

    public long countByCenter(long centerId) {
        return count("center.id", centerId);
    }
}
