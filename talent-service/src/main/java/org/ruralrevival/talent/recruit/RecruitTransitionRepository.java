package org.ruralrevival.talent.recruit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RecruitTransitionRepository implements PanacheRepositoryBase<RecruitTransition, Long> {

    public List<RecruitTransition> ofRecruit(long recruitId) {
        return list("recruitId = ?1 order by date, id", recruitId);
    }

    public Optional<RecruitTransition> ofRecruit(long recruitId, long transitionId) {
        return find("recruitId = ?1 and id = ?2", recruitId, transitionId).firstResultOptional();
    }

    public long countOf(long recruitId) {
        return count("recruitId", recruitId);
    }
}
