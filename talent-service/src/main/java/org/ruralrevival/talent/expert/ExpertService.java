package org.ruralrevival.talent.expert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.talent.common.DateRange;
import org.ruralrevival.talent.common.Figure;
import org.ruralrevival.talent.common.Today;
import org.ruralrevival.talent.region.RegionCheck;

/** The talent pool (专家库, 乡土人才, 科技示范户) and its service events. */
@ApplicationScoped
public class ExpertService {

    public static final String ENTITY = "expert";
    public static final String SERVICE_ENTITY = "expert-service";

    private final ExpertRepository experts;
    private final ServiceEventRepository services;
    private final Outbox outbox;
    private final CallerScope scope;
    private final RegionCheck regions;
    private final Today today;

    ExpertService(ExpertRepository experts, ServiceEventRepository services, Outbox outbox, CallerScope scope,
            RegionCheck regions, Today today) {
        this.experts = experts;
        this.services = services;
        this.outbox = outbox;
        this.scope = scope;
        this.regions = regions;
        this.today = today;
    }

    public Expert get(long id) {
        Expert e = experts.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.expert", String.valueOf(id)));
        scope.requireWithin(e.regionCode);
        return e;
    }

    public PageResult<ExpertDto> search(String region, ExpertKind kind, String field, PageQuery page) {
        ExpertRepository.Page found = experts.search(scope.restrict(region), kind, field, page);
        return PageResult.of(found.items(), page, found.total(), ExpertDto::of);
    }

    @Transactional
    public Expert create(ExpertRequest request) {
        Expert e = new Expert();
        apply(e, request);
        experts.persist(e);
        experts.flush();
        outbox.record(ENTITY, e.id, ChangeKind.CREATED, ExpertDto.of(e));
        return e;
    }

    @Transactional
    public Expert update(long id, String ifMatch, ExpertRequest request) {
        Expert e = get(id);
        Versions.check(ifMatch, e.version);
        apply(e, request);
        experts.flush();
        outbox.record(ENTITY, e.id, ChangeKind.UPDATED, ExpertDto.of(e));
        return e;
    }

    /** Someone with recorded services stays: the services are counted in reports. */
    @Transactional
    public void delete(long id, String ifMatch) {
        Expert e = get(id);
        Versions.check(ifMatch, e.version);
        if (services.countOf(id) > 0) {
            throw Problems.conflict("expert.has-services", String.valueOf(id));
        }
        ExpertDto last = ExpertDto.of(e);
        experts.delete(e);
        experts.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    @Transactional
    public ServiceEvent addService(long expertId, ServiceEventRequest request) {
        Expert e = get(expertId);
        today.refuseFuture(request.date());
        ServiceEvent s = new ServiceEvent();
        s.expertId = e.id;
        s.date = request.date();
        s.sessions = request.sessions();
        s.peopleTrained = request.peopleTrained();
        s.topic = request.topic() == null || request.topic().isBlank() ? null : request.topic().trim();
        s.villageCode = request.villageCode() == null ? null : regions.requireVillage("villageCode", request.villageCode());
        services.persist(s);
        services.flush();
        outbox.record(SERVICE_ENTITY, s.id, ChangeKind.CREATED, ServiceEventDto.of(s));
        return s;
    }

    public List<ServiceEvent> servicesOf(long expertId) {
        get(expertId);
        return services.ofExpert(expertId);
    }

    public ServiceEvent service(long expertId, long id) {
        get(expertId);
        return services.ofExpert(expertId, id)
                .orElseThrow(() -> Problems.notFound("entity.expert-service", String.valueOf(id)));
    }

    @Transactional
    public void deleteService(long expertId, long id, String ifMatch) {
        ServiceEvent s = service(expertId, id);
        Versions.check(ifMatch, s.version);
        ServiceEventDto last = ServiceEventDto.of(s);
        services.delete(s);
        services.flush();
        outbox.record(SERVICE_ENTITY, id, ChangeKind.DELETED, last);
    }

    public ExpertSummary summary(String region, DateRange range) {
        String prefix = scope.restrict(region);
        ExpertRepository.Totals t = experts.totals(prefix, range.from(), range.to());
        return new ExpertSummary(prefix.isEmpty() ? null : DivisionCode.fromPrefix(prefix).value(), range.from(),
                range.to(), Figure.of(t.experts(), "persons"), Figure.of(t.localTalent(), "persons"),
                Figure.of(t.techDemoHouseholds(), "households"), Figure.of(t.sessions(), "sessions"),
                Figure.of(t.peopleTrained(), "person-times"));
    }

    private void apply(Expert e, ExpertRequest request) {
        e.regionCode = regions.requireRegion("regionCode", request.regionCode());
        e.name = request.name().trim();
        e.kind = request.kind();
        e.field = request.field().trim();
        e.unit = request.unit() == null || request.unit().isBlank() ? null : request.unit().trim();
    }
}
