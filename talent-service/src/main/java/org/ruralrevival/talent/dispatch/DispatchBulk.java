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
        super(em, outbox, new Shape<>("dispatches", DispatchRequest.class, DispatchService.ENTITY, Dispatch::new,
                e -> DispatchService.toRequest(e), e -> DispatchDto.of(e), e -> List.of(e.villageCode)));
        this.service = service;
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
    protected void apply(Dispatch e, DispatchRequest r) {
        service.write(e, r);
    }

}
