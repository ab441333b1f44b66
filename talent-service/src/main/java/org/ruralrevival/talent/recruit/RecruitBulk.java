package org.ruralrevival.talent.recruit;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.ruralrevival.platform.bulk.EntityBulk;
import org.ruralrevival.platform.bulk.Sheets;
import org.ruralrevival.platform.identity.IdNumber;
import org.ruralrevival.platform.outbox.OutboxBatch;
import org.ruralrevival.platform.personaldata.PersonalData;

/**
 * Applications (入党申请) in bulk, matched by the person's open recruitment (by ID-number hash, as
 * POST refuses a second one): a new person becomes an applicant by the rules of POST, a person on
 * file is corrected by the rules of PUT. The stage is never set here: ACTIVIST and later stages
 * are reached only by the transitions, with their dates and rules, so a bulk upload cannot skip
 * one. A person whose earlier recruitment ended (rejected, withdrawn, member) applies anew.
 */
@Singleton
public class RecruitBulk extends EntityBulk<RecruitRequest, Recruit> {

    private final RecruitService service;
    private final PersonalData personalData;

    RecruitBulk(EntityManager em, OutboxBatch outbox, RecruitService service, PersonalData personalData) {
        super(em, outbox, new Shape<>("recruits", RecruitRequest.class, RecruitService.ENTITY, Recruit::new,
                r -> service.toRequest(r, true), r -> service.masked(r), r -> List.of(r.villageCode)));
        this.service = service;
        this.personalData = personalData;
    }

    @Override
    protected String key(RecruitRequest r) {
        // A malformed number has no key: the rules refuse it with the single endpoint's field error.
        return IdNumber.problemWith(r.idNumber()) != null ? null : personalData.hash(IdNumber.parse(r.idNumber()).value());
    }

    @Override
    protected String label(RecruitRequest r) {
        return IdNumber.problemWith(r.idNumber()) != null ? null : IdNumber.parse(r.idNumber()).masked();
    }

    @Override
    protected Map<String, Recruit> existing(Set<String> keys, List<RecruitRequest> requests) {
        Map<String, Recruit> found = new HashMap<>();
        em.createQuery("from Recruit where openIdNumberHash in :hashes", Recruit.class).setParameter("hashes", keys)
                .getResultStream().forEach(r -> found.put(r.openIdNumberHash, r));
        return found;
    }

    @Override
    protected void apply(Recruit r, RecruitRequest request) {
        if (r.id == null) {
            service.fill(r, request);
        } else {
            service.correct(r, request);
        }
    }

    /** The export: ID numbers in full only for callers who may see them (read now, used while streaming). */
    public Sheets.Pages pages(IntFunction<List<Recruit>> page, boolean full) {
        return n -> page.apply(n).stream().map(r -> service.toRequest(r, full)).toList();
    }
}
