package org.ruralrevival.talent.training;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
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
        super(em, outbox);
        this.service = service;
    }

    @Override
    public String collection() {
        return "trainings";
    }

    @Override
    public Class<TrainingRequest> requestType() {
        return TrainingRequest.class;
    }

    @Override
    protected String key(TrainingRequest r) {
        return key(r.regionCode(), r.date(), r.topic());
    }

    private static String key(Object... parts) {
        StringBuilder k = new StringBuilder();
        for (Object p : parts) {
            k.append(p instanceof String s ? s.trim() : p).append('\u0000');
        }
        return k.toString();
    }

    @Override
    protected String label(TrainingRequest r) {
        return r.regionCode() + "/" + r.date() + "/" + r.topic().trim();
    }

    @Override
    protected Map<String, TrainingSession> existing(Set<String> keys, List<TrainingRequest> requests) {
        Map<String, TrainingSession> found = new HashMap<>();
        // Region × day × topic covers more than the chunk's triples; the keys keep only those sent.
        em.createQuery("from TrainingSession where regionCode in :regions and date in :dates and topic in :topics order by id", TrainingSession.class)
                .setParameter("regions", requests.stream().map(r -> r.regionCode()).distinct().toList())
                .setParameter("dates", requests.stream().map(r -> r.date()).distinct().toList())
                .setParameter("topics", requests.stream().map(r -> r.topic().trim()).distinct().toList())
                .getResultStream().forEach(e -> found.putIfAbsent(key(e.regionCode, e.date, e.topic), e));
        found.keySet().retainAll(keys);
        return found;
    }

    @Override
    protected TrainingSession create() {
        return new TrainingSession();
    }

    @Override
    protected void apply(TrainingSession e, TrainingRequest r) {
        service.apply(e, r);
    }

    @Override
    protected TrainingRequest toRequest(TrainingSession e) {
        return TrainingService.toRequest(e);
    }

    @Override
    protected List<String> regions(TrainingSession e) {
        return List.of(e.regionCode);
    }

    @Override
    protected String entity() {
        return TrainingService.ENTITY;
    }

    @Override
    protected Object state(TrainingSession e) {
        return TrainingDto.of(e);
    }
}
