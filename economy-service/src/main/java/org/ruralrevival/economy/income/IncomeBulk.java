package org.ruralrevival.economy.income;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ruralrevival.platform.bulk.EntityBulk;
import org.ruralrevival.platform.outbox.OutboxBatch;

/**
 * Yearly accounts in bulk, matched by village and year (one account each): a new one by the rules
 * of POST, one on file corrected by the rules of PUT.
 */
@Singleton
public class IncomeBulk extends EntityBulk<IncomeRequest, IncomeAccount> {

    private final IncomeService service;

    IncomeBulk(EntityManager em, OutboxBatch outbox, IncomeService service) {
        super(em, outbox, new Shape<>("incomes", IncomeRequest.class, IncomeService.ENTITY, IncomeAccount::new,
                a -> IncomeService.toRequest(a), a -> service.dto(a), a -> List.of(a.villageCode)));
        this.service = service;
    }

    @Override
    protected String key(IncomeRequest r) {
        return r.villageCode() == null || r.year() == null ? null : r.villageCode() + "/" + r.year();
    }

    @Override
    protected Map<String, IncomeAccount> existing(Set<String> keys, List<IncomeRequest> requests) {
        List<String> villages = requests.stream().map(IncomeRequest::villageCode).filter(Objects::nonNull).distinct().toList();
        List<Integer> years = requests.stream().map(IncomeRequest::year).filter(Objects::nonNull).distinct().toList();
        Map<String, IncomeAccount> found = new HashMap<>();
        // Village × year covers more than the chunk's pairs; the keys keep only those sent.
        em.createQuery("from IncomeAccount where villageCode in :villages and year in :years", IncomeAccount.class)
                .setParameter("villages", villages).setParameter("years", years).getResultStream()
                .filter(a -> keys.contains(IncomeService.key(a)))
                .forEach(a -> found.put(IncomeService.key(a), a));
        return found;
    }

    @Override
    protected void apply(IncomeAccount a, IncomeRequest r) {
        if (a.id == null) {
            service.fill(a, r);
        } else {
            service.correct(a, r);
        }
    }

    @Override
    protected Object feedKey(IncomeAccount a) {
        return IncomeService.key(a);
    }

}
