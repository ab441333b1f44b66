package org.ruralrevival.organization.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ruralrevival.organization.partyorg.OrganizationDeleting;
import org.ruralrevival.organization.partyorg.PartyOrganization;
import org.ruralrevival.organization.partyorg.PartyOrganizationRepository;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.security.CallerScope;

/** Rules of yearly ratings: one per organization and year, 最强党支部 only for branches. */
@ApplicationScoped
public class RatingService {

    public static final String ENTITY = "rating";

    /** What a create-or-upsert did: a rating sent again with its externalRef corrects it. */
    public record Saved(Rating rating, boolean created) {
    }

    private final RatingRepository ratings;
    private final PartyOrganizationRepository organizations;
    private final Outbox outbox;
    private final CallerScope scope;

    RatingService(RatingRepository ratings, PartyOrganizationRepository organizations, Outbox outbox,
            CallerScope scope) {
        this.ratings = ratings;
        this.organizations = organizations;
        this.outbox = outbox;
        this.scope = scope;
    }

    public Rating get(long id) {
        Rating r = ratings.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.rating", id));
        scope.requireWithin(r.organization.regionCode);
        return r;
    }

    @Transactional
    public Saved create(RatingRequest request) {
        if (request.externalRef() != null) {
            Optional<Rating> existing = ratings.findByExternalRef(request.externalRef().system(),
                    request.externalRef().id());
            if (existing.isPresent()) {
                scope.requireWithin(existing.get().organization.regionCode);
                return new Saved(change(existing.get(), request), false);
            }
        }
        Rating r = new Rating();
        apply(r, request);
        ratings.persist(r);
        ratings.flush();
        outbox.record(ENTITY, r.id, ChangeKind.CREATED, RatingDto.of(r));
        return new Saved(r, true);
    }

    @Transactional
    public Rating update(long id, String ifMatch, RatingRequest request) {
        Rating r = get(id);
        Versions.check(ifMatch, r.version);
        return change(r, request);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Rating r = get(id);
        Versions.check(ifMatch, r.version);
        RatingDto last = RatingDto.of(r);
        ratings.delete(r);
        ratings.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    /** Ratings are part of an organization's record: delete them before the organization. */
    void refuseDeletingARatedOrganization(@Observes OrganizationDeleting event) {
        if (ratings.existsForOrganization(event.organizationId())) {
            throw Problems.conflict("partyorg.referenced", event.organizationId(),
                    new Problems.MessageRef("entity.rating"));
        }
    }

    private Rating change(Rating r, RatingRequest request) {
        apply(r, request);
        ratings.flush();
        outbox.record(ENTITY, r.id, ChangeKind.UPDATED, RatingDto.of(r));
        return r;
    }

    private void apply(Rating r, RatingRequest request) {
        PartyOrganization o = organizations.findByIdOptional(request.organizationId())
                .orElseThrow(() -> Problems.unprocessable("rating.organization.missing", request.organizationId()));
        scope.requireWithin(o.regionCode);
        int year = request.year();
        if (request.assessedOn() != null && request.assessedOn().isBefore(LocalDate.of(year, 1, 1))) {
            throw Problems.invalidField("assessedOn", "rating.assessed.before-year", year);
        }
        boolean strongest = Boolean.TRUE.equals(request.strongestBranch());
        if (strongest && !o.type.isBranch()) {
            throw Problems.unprocessable("rating.strongest-branch.not-branch", o.type);
        }
        Optional<Rating> sameYear = ratings.findByOrganizationAndYear(o.id, year);
        if (sameYear.isPresent() && !Objects.equals(sameYear.get().id, r.id)) {
            throw Problems.conflict("rating.duplicate", o.id, year);
        }
        r.organizationId = o.id;
        r.organization = o;
        r.year = year;
        r.classGrade = request.classGrade();
        r.stars = request.stars();
        r.strongestBranch = strongest;
        r.standardized = Boolean.TRUE.equals(request.standardized());
        r.assessedOn = request.assessedOn();
        if (request.externalRef() != null) {
            r.externalSystem = request.externalRef().system();
            r.externalId = request.externalRef().id();
        }
    }
}
