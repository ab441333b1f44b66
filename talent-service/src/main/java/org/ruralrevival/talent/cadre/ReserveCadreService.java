package org.ruralrevival.talent.cadre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.IntFunction;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.talent.common.Today;
import org.ruralrevival.talent.region.RegionCheck;

/** Reserve cadres (后备干部): the 1211 categories' conditions, the 2–5 standard, appointment into the two committees. */
@ApplicationScoped
public class ReserveCadreService {

    public static final String ENTITY = "reserve-cadre";
    /** Tells organization-service of the new committee member (relayed by a later issue). */
    public static final String APPOINTED_EVENT = "reserve-cadre-appointed";
    static final int ADULT = 18;
    /** 年轻党员: 35 or younger, as the organization departments count young cadres. */
    static final int YOUNG_UP_TO = 35;
    /** Village two committees serve five-year terms (since the 2018 amendment of the 村委会组织法). */
    static final int TERM_YEARS = 5;

    private final ReserveCadreRepository cadres;
    private final Outbox outbox;
    private final CallerScope scope;
    private final RegionCheck regions;
    private final Today today;

    ReserveCadreService(ReserveCadreRepository cadres, Outbox outbox, CallerScope scope, RegionCheck regions, Today today) {
        this.cadres = cadres;
        this.outbox = outbox;
        this.scope = scope;
        this.regions = regions;
        this.today = today;
    }

    public ReserveCadre get(long id) {
        ReserveCadre c = cadres.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("entity.reserve-cadre", String.valueOf(id)));
        scope.requireWithin(c.villageCode);
        return c;
    }

    public ReserveCadreDto dto(ReserveCadre c) {
        return ReserveCadreDto.of(c, today.date());
    }

    public PageResult<ReserveCadreDto> search(String region, CadreCategory category, CadreStatus status, PageQuery page) {
        ReserveCadreRepository.Page found = cadres.search(scope.restrict(region), category, status, page);
        return PageResult.of(found.items(), page, found.total(), this::dto);
    }

    @Transactional
    public ReserveCadre create(ReserveCadreRequest request) {
        ReserveCadre c = new ReserveCadre();
        apply(c, request);
        cadres.persist(c);
        cadres.flush();
        outbox.record(ENTITY, c.id, ChangeKind.CREATED, dto(c));
        return c;
    }

    @Transactional
    public ReserveCadre update(long id, String ifMatch, ReserveCadreRequest request) {
        ReserveCadre c = get(id);
        Versions.check(ifMatch, c.version);
        write(c, request);
        cadres.flush();
        outbox.record(ENTITY, c.id, ChangeKind.UPDATED, dto(c));
        return c;
    }

    /** A mistaken entry can go; an appointed cadre is history organization-service was told of. */
    @Transactional
    public void delete(long id, String ifMatch) {
        ReserveCadre c = get(id);
        Versions.check(ifMatch, c.version);
        if (c.status == CadreStatus.APPOINTED) {
            throw Problems.conflict("cadre.delete.appointed", String.valueOf(id));
        }
        ReserveCadreDto last = dto(c);
        cadres.delete(c);
        cadres.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    @Transactional
    public ReserveCadre appoint(long id, String ifMatch, AppointmentRequest request) {
        ReserveCadre c = cadres.lock(id).orElseThrow(() -> Problems.notFound("entity.reserve-cadre", String.valueOf(id)));
        scope.requireWithin(c.villageCode);
        Versions.check(ifMatch, c.version);
        if (c.status == CadreStatus.APPOINTED) {
            throw Problems.conflict("cadre.appointed", String.valueOf(id), c.post, c.appointedOn);
        }
        today.refuseFuture(request.date());
        if (request.date().isBefore(c.reservedOn)) {
            throw Problems.unprocessable("cadre.appointment.before-reserved", request.date(), c.reservedOn);
        }
        if (request.post().partyPost() && !c.partyMember) {
            throw Problems.unprocessable("cadre.appointment.party-post", request.post());
        }
        int year = request.date().getYear();
        if (request.termYear() > year || request.termYear() <= year - TERM_YEARS) {
            throw Problems.unprocessable("cadre.appointment.term", String.valueOf(request.termYear()),
                    String.valueOf(year - TERM_YEARS + 1), String.valueOf(year));
        }
        c.status = CadreStatus.APPOINTED;
        c.post = request.post();
        c.appointedOn = request.date();
        c.termYear = request.termYear();
        cadres.flush();
        outbox.record(ENTITY, c.id, ChangeKind.UPDATED, dto(c));
        outbox.record(APPOINTED_EVENT, c.id, ChangeKind.CREATED, CadreAppointed.of(c));
        return c;
    }

    /** Every known village with its count ({@code outsideOnly}: just those below 2 or above 5). */
    public VillageCadresReport perVillage(String region, LocalDate asOf, List<String> villages, boolean outsideOnly) {
        String prefix = scope.restrict(region);
        LocalDate day = asOf == null ? today.date() : asOf;
        List<String> extra = regions.villagesWithin(prefix, villages);
        ReserveCadreRepository.Totals totals = cadres.totals(prefix, extra, day);
        List<VillageCadresReport.VillageCadres> items = cadres.perVillage(prefix, extra, day, outsideOnly).stream()
                .map(v -> new VillageCadresReport.VillageCadres(v.villageCode(), v.count(), standard(v.count()),
                        Math.max(0, ReserveCadreRepository.MINIMUM - v.count()), v.secretarySuccessors(),
                        v.collegeEducated(), v.youngMembers(), v.wealthLeaders()))
                .toList();
        BigDecimal perVillage = totals.villages() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(totals.cadres()).divide(BigDecimal.valueOf(totals.villages()), 2, RoundingMode.HALF_UP);
        return new VillageCadresReport(prefix.isEmpty() ? null : DivisionCode.fromPrefix(prefix).value(), day,
                ReserveCadreRepository.MINIMUM, ReserveCadreRepository.MAXIMUM, totals.villages(), totals.cadres(),
                perVillage, totals.villagesBelow(), totals.villagesAbove(), items);
    }

    /** The totals alone, over the villages talent-service knows, on {@code asOf} (for the talent report). */
    public ReserveCadreRepository.Totals totals(String prefix, LocalDate asOf) {
        return cadres.totals(prefix, List.of(), asOf);
    }

    private static VillageCadresReport.Standard standard(long count) {
        if (count < ReserveCadreRepository.MINIMUM) {
            return VillageCadresReport.Standard.BELOW;
        }
        return count > ReserveCadreRepository.MAXIMUM ? VillageCadresReport.Standard.ABOVE : VillageCadresReport.Standard.WITHIN;
    }

    /** The rules of POST (a new cadre) and PUT (one on file, after its If-Match); the bulk path calls it too. */
    void write(ReserveCadre c, ReserveCadreRequest request) {
        apply(c, request);
        if (c.appointedOn != null && c.appointedOn.isBefore(c.reservedOn)) {
            throw Problems.unprocessable("cadre.appointment.before-reserved", c.appointedOn, c.reservedOn);
        }
    }

    /** The cadre as the body that would store it again (exports and bulk comparisons). */
    static ReserveCadreRequest toRequest(ReserveCadre c) {
        return new ReserveCadreRequest(c.villageCode, c.name, c.gender, c.birthDate, c.education, c.category, c.source,
                c.partyMember, c.reservedOn);
    }

    /** The pages of an export; the caller's scope is read now, the pages while the answer streams. */
    public IntFunction<List<ReserveCadre>> exportPages(String region, CadreCategory category, CadreStatus status) {
        String prefix = scope.restrict(region);
        return page -> cadres.search(prefix, category, status, new PageQuery(page, PageQuery.MAX_SIZE)).items();
    }

    private void apply(ReserveCadre c, ReserveCadreRequest request) {
        String village = regions.requireVillage("villageCode", request.villageCode());
        LocalDate reservedOn = request.reservedOn() != null ? request.reservedOn()
                : c.reservedOn != null ? c.reservedOn : today.date();
        today.refuseFuture(reservedOn);
        int age = request.birthDate().isAfter(reservedOn) ? -1 : Period.between(request.birthDate(), reservedOn).getYears();
        if (age < ADULT) {
            throw Problems.unprocessable("cadre.age.adult", request.birthDate(), reservedOn);
        }
        switch (request.category()) {
            case COLLEGE_EDUCATED -> {
                if (!request.education().collegeOrAbove()) {
                    throw Problems.unprocessable("cadre.category.education", request.education());
                }
            }
            case YOUNG_MEMBER -> {
                if (!request.partyMember()) {
                    throw Problems.unprocessable("cadre.category.party-member");
                }
                if (age > YOUNG_UP_TO) {
                    throw Problems.unprocessable("cadre.category.young", age, reservedOn, YOUNG_UP_TO);
                }
            }
            default -> { }
        }
        if (c.status == CadreStatus.APPOINTED && c.post.partyPost() && !request.partyMember()) {
            throw Problems.unprocessable("cadre.appointment.party-post", c.post);
        }
        c.villageCode = village;
        c.name = request.name().trim();
        c.gender = request.gender();
        c.birthDate = request.birthDate();
        c.education = request.education();
        c.category = request.category();
        c.source = request.source() == null || request.source().isBlank() ? null : request.source().trim();
        c.partyMember = request.partyMember();
        c.reservedOn = reservedOn;
    }
}
