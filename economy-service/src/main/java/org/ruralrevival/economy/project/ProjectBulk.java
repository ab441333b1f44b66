package org.ruralrevival.economy.project;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralrevival.platform.bulk.EntityBulk;
import org.ruralrevival.platform.outbox.OutboxBatch;

/**
 * Projects in bulk. A record with an externalRef is matched by it (as POST does); one without, by
 * its leading village and name among the projects that have no externalRef (a county's own
 * spreadsheet names each village's projects; the oldest wins if a village has two of one name).
 * The rules are POST's and PUT's; every write re-derives the villages' parts of the income.
 */
@Singleton
public class ProjectBulk extends EntityBulk<ProjectRequest, Project> {

    private static final String BY_REF = "ref:";
    private static final String BY_NAME = "name:";

    private final ProjectService service;
    private final ProjectShares shares;

    ProjectBulk(EntityManager em, OutboxBatch outbox, ProjectService service, ProjectShares shares) {
        super(em, outbox, new Shape<>("projects", ProjectRequest.class, ProjectService.ENTITY, Project::new,
                p -> ProjectService.toRequest(p), p -> service.dto(p), p -> p.villages.stream().map(v -> v.villageCode).toList()));
        this.service = service;
        this.shares = shares;
    }

    @Override
    protected String key(ProjectRequest r) {
        return r.externalRef() != null ? BY_REF + ref(r.externalRef().system(), r.externalRef().id())
                : BY_NAME + ref(r.villages().get(0).villageCode(), r.name().trim());
    }

    private static String ref(String a, String b) {
        return a + '\u0000' + b;
    }

    @Override
    protected Map<String, Project> existing(Set<String> keys, List<ProjectRequest> requests) {
        Map<String, Project> found = new HashMap<>();
        List<ExternalRef> refs = requests.stream().map(ProjectRequest::externalRef).filter(r -> r != null).toList();
        if (!refs.isEmpty()) {
            em.createQuery("from Project where externalSystem in :systems and externalId in :ids", Project.class)
                    .setParameter("systems", refs.stream().map(ExternalRef::system).distinct().toList())
                    .setParameter("ids", refs.stream().map(ExternalRef::id).distinct().toList())
                    .getResultStream().forEach(p -> found.put(BY_REF + ref(p.externalSystem, p.externalId), p));
        }
        List<ProjectRequest> named = requests.stream().filter(r -> r.externalRef() == null).toList();
        if (!named.isEmpty()) {
            em.createQuery("from Project where externalSystem is null and leadVillageCode in :villages and name in :names "
                            + "order by id", Project.class)
                    .setParameter("villages", named.stream().map(r -> r.villages().get(0).villageCode()).distinct().toList())
                    .setParameter("names", named.stream().map(r -> r.name().trim()).distinct().toList())
                    .getResultStream().forEach(p -> found.putIfAbsent(BY_NAME + ref(p.leadVillageCode, p.name), p));
        }
        found.keySet().retainAll(keys);
        return found;
    }

    @Override
    protected String label(ProjectRequest r) {
        return r.externalRef() != null ? r.externalRef().system() + "/" + r.externalRef().id()
                : r.villages().get(0).villageCode() + "/" + r.name().trim();
    }

    @Override
    protected void apply(Project p, ProjectRequest r) {
        service.apply(p, r);
    }

    @Override
    protected void written(Project p) {
        shares.recompute(p);
    }

}
