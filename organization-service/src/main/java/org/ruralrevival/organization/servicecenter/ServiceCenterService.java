package org.ruralrevival.organization.servicecenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.ruralrevival.organization.region.Region;
import org.ruralrevival.organization.region.RegionRepository;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.security.CallerScope;

/**
 * Rules of party–mass service centres: one per village (its division code is the natural key, so
 * POSTing a village's centre again updates it), works dated inside their year, and one
 * operating-funds figure per village and year.
 */
@ApplicationScoped
public class ServiceCenterService {

    public static final String ENTITY = "service-center";
    public static final String WORK = "service-center-work";
    public static final String FUND = "service-center-fund";

    /** Completion dates are local to China, whatever the server's clock says. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** What an upsert did: created (201) or changed an existing record (200). */
    public record Saved<T>(T record, boolean created) {
    }

    private final ServiceCenterRepository centers;
    private final ServiceCenterWorkRepository works;
    private final ServiceCenterFundRepository funds;
    private final RegionRepository regions;
    private final Outbox outbox;
    private final CallerScope scope;

    ServiceCenterService(ServiceCenterRepository centers, ServiceCenterWorkRepository works,
            ServiceCenterFundRepository funds, RegionRepository regions, Outbox outbox, CallerScope scope) {
        this.centers = centers;
        this.works = works;
        this.funds = funds;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public ServiceCenter get(long id) {
        ServiceCenter c = centers.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.service-center", id));
        scope.requireWithin(c.regionCode);
        return c;
    }

    public ServiceCenterFigures figures(String region, int year, BigDecimal minimum) {
        return centers.figures(scope.restrict(region), year, minimum);
    }

    @Transactional
    public Saved<ServiceCenter> create(ServiceCenterRequest request) {
        requireVillage(request.regionCode());
        var existing = centers.findByRegion(request.regionCode());
        if (existing.isPresent()) {
            ServiceCenter c = existing.get();
            apply(c, request);
            centers.flush();
            outbox.record(ENTITY, c.id, ChangeKind.UPDATED, ServiceCenterDto.of(c));
            return new Saved<>(c, false);
        }
        ServiceCenter c = new ServiceCenter();
        c.regionCode = request.regionCode();
        apply(c, request);
        centers.persist(c);
        centers.flush();
        outbox.record(ENTITY, c.id, ChangeKind.CREATED, ServiceCenterDto.of(c));
        return new Saved<>(c, true);
    }

    @Transactional
    public ServiceCenter update(long id, String ifMatch, ServiceCenterRequest request) {
        ServiceCenter c = get(id);
        Versions.check(ifMatch, c.version);
        if (!c.regionCode.equals(request.regionCode())) {
            throw Problems.invalidField("regionCode", "servicecenter.region.immutable", c.regionCode);
        }
        apply(c, request);
        centers.flush();
        outbox.record(ENTITY, c.id, ChangeKind.UPDATED, ServiceCenterDto.of(c));
        return c;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        ServiceCenter c = get(id);
        Versions.check(ifMatch, c.version);
        long records = works.countByCenter(id) + funds.countByCenter(id);
        if (records > 0) {
            throw Problems.conflict("servicecenter.has-records", id, records);
        }
        ServiceCenterDto last = ServiceCenterDto.of(c);
        centers.delete(c);
        centers.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    public ServiceCenterWork getWork(long centerId, long workId) {
        ServiceCenter c = get(centerId);
        ServiceCenterWork w = works.findByIdOptional(workId)
                .filter(found -> found.center.id.equals(c.id))
                .orElseThrow(() -> Problems.notFound("entity.service-center-work", workId));
        return w;
    }

    /** Records a work; sent again with the same externalRef, it updates the work instead. */
    @Transactional
    public Saved<ServiceCenterWork> addWork(long centerId, WorkRequest request) {
        ServiceCenter c = get(centerId);
        LocalDate done = request.completedOn();
        if (done != null && done.isAfter(LocalDate.now(ZONE))) {
            throw Problems.invalidField("completedOn", "servicecenter.work.completed-on.future", done);
        }
        if (done != null && done.getYear() != request.year()) {
            throw Problems.invalidField("completedOn", "servicecenter.work.completed-on.year", done, request.year());
        }
        ServiceCenterWork w = null;
        if (request.externalRef() != null) {
            w = works.findByExternalRef(request.externalRef().system(), request.externalRef().id()).orElse(null);
            if (w != null && !w.center.id.equals(c.id)) {
                throw Problems.conflict("servicecenter.work.external-ref.other-center", request.externalRef().system(),
                        request.externalRef().id(), w.center.id);
            }
        }
        boolean created = w == null;
        if (created) {
            w = new ServiceCenterWork();
            w.center = c;
            if (request.externalRef() != null) {
                w.externalSystem = request.externalRef().system();
                w.externalId = request.externalRef().id();
            }
        }
        w.year = request.year();
        w.kind = request.kind();
        w.completedOn = done;
        w.investment = request.investment() == null ? null : request.investment().setScale(2, RoundingMode.UNNECESSARY);
        if (created) {
            works.persist(w);
        }
        works.flush();
        outbox.record(WORK, w.id, created ? ChangeKind.CREATED : ChangeKind.UPDATED, WorkDto.of(w));
        return new Saved<>(w, created);
    }

    @Transactional
    public void deleteWork(long centerId, long workId, String ifMatch) {
        ServiceCenterWork w = getWork(centerId, workId);
        Versions.check(ifMatch, w.version);
        WorkDto last = WorkDto.of(w);
        works.delete(w);
        works.flush();
        outbox.record(WORK, workId, ChangeKind.DELETED, last);
    }

    public ServiceCenterFund getFund(long centerId, int year) {
        ServiceCenter c = get(centerId);
        return funds.findByCenterAndYear(c.id, year)
                .orElseThrow(() -> Problems.notFound("entity.service-center-fund", c.regionCode + "/" + year));
    }

    /**
     * Sets a village's operating funds for a year. The village and year are the key, so the PUT
     * creates or replaces; If-Match is checked when sent, and re-sending the same amount changes
     * nothing (no new version, no change-feed row).
     */
    @Transactional
    public Saved<ServiceCenterFund> putFund(long centerId, int year, String ifMatch, FundRequest request) {
        ServiceCenter c = get(centerId);
        BigDecimal amount = request.amount().setScale(2, RoundingMode.UNNECESSARY);
        var existing = funds.findByCenterAndYear(c.id, year);
        if (ifMatch != null && !ifMatch.isBlank()) {
            if (existing.isEmpty()) {
                throw new ProblemException(412, "precondition-failed", "servicecenter.fund.none-to-match", year);
            }
            Versions.check(ifMatch, existing.get().version);
        }
        if (existing.isPresent()) {
            ServiceCenterFund f = existing.get();
            if (f.amount.compareTo(amount) != 0) {
                f.amount = amount;
                funds.flush();
                outbox.record(FUND, c.id + "/" + year, ChangeKind.UPDATED, FundDto.of(f));
            }
            return new Saved<>(f, false);
        }
        ServiceCenterFund f = new ServiceCenterFund();
        f.center = c;
        f.year = year;
        f.amount = amount;
        funds.persist(f);
        funds.flush();
        outbox.record(FUND, c.id + "/" + year, ChangeKind.CREATED, FundDto.of(f));
        return new Saved<>(f, true);
    }

    @Transactional
    public void deleteFund(long centerId, int year, String ifMatch) {
        ServiceCenterFund f = getFund(centerId, year);
        Versions.check(ifMatch, f.version);
        FundDto last = FundDto.of(f);
        funds.delete(f);
        funds.flush();
        outbox.record(FUND, centerId + "/" + year, ChangeKind.DELETED, last);
    }

    private void apply(ServiceCenter c, ServiceCenterRequest request) {
        c.name = request.name() == null || request.name().isBlank() ? null : request.name().trim();
        c.area = request.area().setScale(2, RoundingMode.UNNECESSARY);
        c.state = request.state();
    }

    private void requireVillage(String code) {
        String problem = DivisionCode.problemWith(code);
        if (problem != null) {
            throw Problems.invalidField("regionCode", problem, code);
        }
        scope.requireWithin(code);
        Region region = regions.findByCode(code)
                .orElseThrow(() -> Problems.unprocessable("servicecenter.region.missing", code));
        if (region.level != RegionLevel.VILLAGE) {
            throw Problems.unprocessable("servicecenter.region.not-village", code, region.level);
        }
    }
}
