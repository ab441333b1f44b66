package org.ruralrevival.organization.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ruralrevival.organization.member.Today;
import org.ruralrevival.organization.partyorg.PartyOrganization;
import org.ruralrevival.organization.partyorg.PartyOrganizationRepository;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.security.CallerScope;

/** Organisation life: held by an organization the caller may see, attended by its own members. */
@ApplicationScoped
public class ActivityService {

    public static final String ENTITY = "activity";

    private final ActivityRepository activities;
    private final PartyOrganizationRepository organizations;
    private final Outbox outbox;
    private final CallerScope scope;

    ActivityService(ActivityRepository activities, PartyOrganizationRepository organizations, Outbox outbox,
            CallerScope scope) {
        this.activities = activities;
        this.organizations = organizations;
        this.outbox = outbox;
        this.scope = scope;
    }

    public PageResult<ActivityDto> list(String region, Long organizationId, LocalDate from, LocalDate to,
            ActivityKind kind, PageQuery page) {
        return activities.search(scope.restrict(region), organizationId, from, to, kind, page, this::dto);
    }

    public ActivityDto dto(Activity a) {
        return ActivityDto.of(a, activities.expected(a.organizationId, a.date));
    }

    public Activity get(long id) {
        Activity a = activities.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.activity", id));
        organizations.findByIdOptional(a.organizationId).ifPresent(o -> scope.requireWithin(o.regionCode));
        return a;
    }

    @Transactional
    public Activity create(ActivityRequest request) {
        Activity a = new Activity();
        apply(a, request);
        activities.persist(a);
        activities.flush();
        outbox.record(ENTITY, a.id, ChangeKind.CREATED, dto(a));
        return a;
    }

    @Transactional
    public Activity update(long id, String ifMatch, ActivityRequest request) {
        Activity a = get(id);
        Versions.check(ifMatch, a.version);
        apply(a, request);
        activities.flush();
        outbox.record(ENTITY, a.id, ChangeKind.UPDATED, dto(a));
        return a;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Activity a = get(id);
        Versions.check(ifMatch, a.version);
        ActivityDto last = dto(a);
        activities.delete(a);
        activities.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    private void apply(Activity a, ActivityRequest request) {
        if (request.date().isAfter(Today.inChina())) {
            throw Problems.invalidField("date", "member.date.future");
        }
        PartyOrganization org = organizations.findByIdOptional(request.organizationId())
                .orElseThrow(() -> Problems.unprocessable("activity.organization.missing", request.organizationId()));
        scope.requireWithin(org.regionCode);
        Set<Long> attendees = new TreeSet<>(request.attendees() == null ? List.of() : request.attendees());
        Set<Long> outside = activities.outsiders(org.id, attendees);
        if (!outside.isEmpty()) {
            throw Problems.unprocessable("activity.attendee.outside", outside.toString(), org.id);
        }
        a.organizationId = org.id;
        a.kind = request.kind();
        a.date = request.date();
        a.topic = request.topic().trim();
        // Replace the set's content rather than the set, so Hibernate updates the collection rows.
        a.attendees.retainAll(attendees);
        a.attendees.addAll(attendees);
    }
}
