package org.ruralrevival.economy.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, Long> {

    public Optional<Project> findByExternalRef(String system, String id) {
        return find("externalSystem = ?1 and externalId = ?2", system, id).firstResultOptional();
    }

    public record Page(List<Project> items, long total) {
    }

    /** Projects with at least one village in the subtree, optionally of one type or model. */
    public Page search(String prefix, ProjectType type, ProjectModel model, PageQuery page) {
        StringBuilder q = new StringBuilder("exists (select 1 from Project p2 join p2.villages v where p2 = p "
                + "and v.villageCode like :prefix)");
        Parameters params = Parameters.with("prefix", prefix + "%");
        if (type != null) {
            q.append(" and p.type = :type");
            params.and("type", type);
        }
        if (model != null) {
            q.append(" and p.model = :model");
            params.and("model", model);
        }
        var query = find("from Project p where " + q + " order by p.id", params);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }
}
