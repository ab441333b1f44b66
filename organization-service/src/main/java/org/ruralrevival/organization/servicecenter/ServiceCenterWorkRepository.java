package org.ruralrevival.organization.servicecenter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;

@ApplicationScoped
public class ServiceCenterWorkRepository implements PanacheRepositoryBase<ServiceCenterWork, Long> {

    public Optional<ServiceCenterWork> findByExternalRef(String system, String id) {
        return find("externalSystem = ?1 and externalId = ?2", system, id).firstResultOptional();
    }

    public PageResult<WorkDto> ofCenter(long centerId, Integer year, PageQuery page) {
        var query = year == null
                ? find("from ServiceCenterWork w where w.center.id = ?1 order by w.year, w.id", centerId)
                : find("from ServiceCenterWork w where w.center.id = ?1 and w.year = ?2 order by w.id", centerId, year);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), WorkDto::of);
    }

    public long countByCenter(long centerId) {
        return count("center.id", centerId);
    }
}
