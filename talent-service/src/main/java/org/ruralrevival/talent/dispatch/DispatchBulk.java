package org.ruralrevival.talent.dispatch;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralrevival.platform.bulk.EntityBulk;
import org.ruralrevival.platform.outbox.OutboxBatch;

/**
 * First secretaries and work-team members in bulk, matched by village, person and first day: a new one by
 * the rules of POST, one on file by those of PUT (its yearly outcomes are kept and still checked).
 */
@Singleton
public class DispatchBulk extends EntityBulk<DispatchRequest, Dispatch> {

    private final DispatchService service;

    DispatchBulk(EntityManager em, OutboxBatch outbox, DispatchService service) {
        super(em, outbox);
        this.service = service;
    }

    @Override
    public String collection() {
        return "dispatches";
    }

    @Override
    public Class<DispatchRequest> requestType() {
        return DispatchRequest.class;
    }

    @Override
    protected String key(DispatchRequest r) {
        return key(r.villageCode(), r.personName(), r.from());
    }

    @Override
    protected String label(DispatchRequest r) {
        return r.villageCode() + "/" + r.personName().trim() + "/" + r.from();
    }

    @Override
    protected Map<String, Dispatch> existing(Set<String> keys, List<DispatchRequest> requests) {
        return find(keys, Dispatch.class, "from Dispatch where villageCode in :villages and personName in :names and fromDate in :froms order by id", Map.of("villages", values(requests, DispatchRequest::villageCode),
                "names", values(requests, r -> r.personName().trim()), "froms", values(requests, DispatchRequest::from)),
                e -> key(e.villageCode, e.personName, e.fromDate));
    }

    @Override
    protected Dispatch create() {
        return new Dispatch();
    }

    @Override
    protected void apply(Dispatch e, DispatchRequest r) {
        service.write(e, r);
    }

    @Override
    protected DispatchRequest toRequest(Dispatch e) {
        return DispatchService.toRequest(e);
    }

    @Override
    protected List<String> regions(Dispatch e) {
        return List.of(e.villageCode);
    }

    @Override
    protected String entity() {
        return DispatchService.ENTITY;
    }

    @Override
    protected Object state(Dispatch e) {
        return DispatchDto.of(e);
    }
}
