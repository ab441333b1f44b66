package org.ruralrevival.talent.cadre;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralrevival.platform.bulk.EntityBulk;
import org.ruralrevival.platform.outbox.OutboxBatch;

/**
 * Reserve cadres in bulk, matched by village, name and birth date (the ledger has no ID number for them):
 * a new one by the rules of POST, one on file by those of PUT. Appointment stays its own step.
 */
@Singleton
public class ReserveCadreBulk extends EntityBulk<ReserveCadreRequest, ReserveCadre> {

    private final ReserveCadreService service;

    ReserveCadreBulk(EntityManager em, OutboxBatch outbox, ReserveCadreService service) {
        super(em, outbox, new Shape<>("reserve-cadres", ReserveCadreRequest.class, ReserveCadreService.ENTITY, ReserveCadre::new,
                e -> ReserveCadreService.toRequest(e), e -> service.dto(e), e -> List.of(e.villageCode)));
        this.service = service;
    }

    @Override
    protected String key(ReserveCadreRequest r) {
        return key(r.villageCode(), r.name(), r.birthDate());
    }

    @Override
    protected String label(ReserveCadreRequest r) {
        return r.villageCode() + "/" + r.name().trim();
    }

    @Override
    protected Map<String, ReserveCadre> existing(Set<String> keys, List<ReserveCadreRequest> requests) {
        return find(keys, ReserveCadre.class, "from ReserveCadre where villageCode in :villages and name in :names and birthDate in :births order by id", Map.of("villages", values(requests, ReserveCadreRequest::villageCode),
                "names", values(requests, r -> r.name().trim()), "births", values(requests, ReserveCadreRequest::birthDate)),
                e -> key(e.villageCode, e.name, e.birthDate));
    }

    @Override
    protected void apply(ReserveCadre e, ReserveCadreRequest r) {
        service.write(e, r);
    }

}
