package org.ruralrevival.talent.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import org.ruralrevival.talent.common.DateRange;
import org.ruralrevival.talent.common.Figure;
import org.ruralrevival.talent.common.PersonRef;
import org.ruralrevival.talent.common.Today;
import org.ruralrevival.talent.region.RegionCheck;

/** Training sessions and their attendance. */
@ApplicationScoped
public class TrainingService {

    public static final String ENTITY = "training";

    private final TrainingRepository sessions;
    private final Outbox outbox;
    private final CallerScope scope;
    private final RegionCheck regions;
    private final Today today;

    TrainingService(TrainingRepository sessions, Outbox outbox, CallerScope scope, RegionCheck regions, Today today) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.scope = scope;
        this.regions = regions;
        this.today = today;
    }

    public TrainingSession get(long id) {
        TrainingSession s = sessions.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("entity.training", String.valueOf(id)));
        scope.requireWithin(s.regionCode);
        return s;
    }

    public PageResult<TrainingDto> search(String region, DateRange range, PageQuery page) {
        TrainingRepository.Page found = sessions.search(scope.restrict(region), range.from(), range.to(), page);
        return PageResult.of(found.items(), page, found.total(), TrainingDto::of);
    }

    @Transactional
    public TrainingSession create(TrainingRequest request) {
        TrainingSession s = new TrainingSession();
        apply(s, request);
        sessions.persist(s);
        sessions.flush();
        outbox.record(ENTITY, s.id, ChangeKind.CREATED, TrainingDto.of(s));
        return s;
    }

    @Transactional
    public TrainingSession update(long id, String ifMatch, TrainingRequest request) {
        TrainingSession s = get(id);
        Versions.check(ifMatch, s.version);
        apply(s, request);
        sessions.flush();
        outbox.record(ENTITY, s.id, ChangeKind.UPDATED, TrainingDto.of(s));
        return s;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        TrainingSession s = get(id);
        Versions.check(ifMatch, s.version);
        TrainingDto last = TrainingDto.of(s);
        sessions.delete(s);
        sessions.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    public TrainingSummary summary(String region, DateRange range) {
        String prefix = scope.restrict(region);
        TrainingRepository.Totals t = sessions.totals(prefix, range.from(), range.to());
        return new TrainingSummary(prefix.isEmpty() ? null : DivisionCode.fromPrefix(prefix).value(), range.from(),
                range.to(), Figure.of(t.sessions(), "sessions"), Figure.of(t.people(), "persons"),
                Figure.of(t.personTimes(), "person-times"), Figure.of(t.hours(), "hours"));
    }

    /** The session as the body that would store it again, with its attendance (exports and bulk comparisons). */
    static TrainingRequest toRequest(TrainingSession s) {
        return new TrainingRequest(s.regionCode, s.date, s.topic, s.organizer, s.place, s.hours,
                s.attendees.isEmpty() ? null : s.attendees.stream().map(Attendee::ref).toList());
    }

    /** The pages of an export; the caller's scope is read now, the pages while the answer streams. */
    public IntFunction<List<TrainingSession>> exportPages(String region, DateRange range) {
        String prefix = scope.restrict(region);
        return page -> sessions.search(prefix, range.from(), range.to(), new PageQuery(page, PageQuery.MAX_SIZE)).items();
    }

    /** The rules of POST and PUT (after its If-Match); the bulk path calls it too. */
    void apply(TrainingSession s, TrainingRequest request) {
        String region = regions.requireRegion("regionCode", request.regionCode());
        today.refuseFuture(request.date());
        List<PersonRef> attendees = request.attendees() == null ? List.of() : request.attendees();
        PersonRef.requireDistinct("attendees", attendees, true);
        s.regionCode = region;
        s.date = request.date();
        s.topic = request.topic().trim();
        s.organizer = request.organizer().trim();
        s.place = request.place() == null || request.place().isBlank() ? null : request.place().trim();
        // One decimal, as stored: "6" and "6.0" are the same hours (a bulk upload sees no change).
        s.hours = request.hours().setScale(1);
        s.attendees.clear();
        attendees.forEach(a -> s.attendees.add(Attendee.of(a)));
    }
}
