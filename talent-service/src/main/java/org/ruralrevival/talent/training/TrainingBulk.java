package org.ruralrevival.talent.training;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralrevival.platform.bulk.EntityBulk;
import org.ruralrevival.platform.outbox.OutboxBatch;

/**
 * Training sessions in bulk with their attendance (the attendee list, as a sign-in sheet keeps it), matched by
 * region, day and topic; a session on file gets the attendance sent, by the rules of PUT.
 */
@Singleton
public class TrainingBulk extends EntityBulk<TrainingRequest, TrainingSession> {

    private final TrainingService service;

    TrainingBulk(EntityManager em, OutboxBatch outbox, TrainingService service) {
        super(em, outbox, new Shape<>("trainings", TrainingRequest.class, TrainingService.ENTITY, TrainingSession::new,
                e -> TrainingService.toRequest(e), e -> TrainingDto.of(e), e -> List.of(e.regionCode)));
        this.service = service;
    }

    @Override
    protected String key(TrainingRequest r) {
        return key(r.regionCode(), r.date(), r.topic());
    }

    @Override
    protected String label(TrainingRequest r) {
        return r.regionCode() + "/" + r.date() + "/" + r.topic().trim();
    }

    @Override
    protected Map<String, TrainingSession> existing(Set<String> keys, List<TrainingRequest> requests) {
        return find(keys, TrainingSession.class, "from TrainingSession where regionCode in :regions and date in :dates and topic in :topics order by id", Map.of("regions", values(requests, TrainingRequest::regionCode),
                "dates", values(requests, TrainingRequest::date), "topics", values(requests, r -> r.topic().trim())),
                e -> key(e.regionCode, e.date, e.topic));
    }

    @Override
    protected void apply(TrainingSession e, TrainingRequest r) {
        service.apply(e, r);
    }

}
