package org.ruralrevival.talent.expert;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ServiceEventRepository implements PanacheRepositoryBase<ServiceEvent, Long> {

    public List<ServiceEvent> ofExpert(long expertId) {
        return list("expertId = ?1 order by date, id", expertId);
    }

    public Optional<ServiceEvent> ofExpert(long expertId, long id) {
        return find("expertId = ?1 and id = ?2", expertId, id).firstResultOptional();
    }

    public long countOf(long expertId) {
        return count("expertId", expertId);
    }
}
