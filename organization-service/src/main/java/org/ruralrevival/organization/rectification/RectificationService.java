package org.ruralrevival.organization.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.ruralrevival.organization.partyorg.OrganizationDeleting;
import org.ruralrevival.organization.partyorg.PartyOrganization;
import org.ruralrevival.organization.partyorg.PartyOrganizationRepository;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.security.CallerScope;

/**
 * Rules of the rectification ledger: a deadline after the opening, one open entry per
 * organization, no edits after closing, and closing (销号) only with a note.
 */
@ApplicationScoped
public class RectificationService {

    public static final String ENTITY = "rectification";
    /** The ledgers are kept in China's calendar: "today" is the date in Beijing time. */
    static final ZoneId CALENDAR = ZoneId.of("Asia/Shanghai");

    private final RectificationRepository rectifications;
    private final PartyOrganizationRepository organizations;
    private final Outbox outbox;
    private final CallerScope scope;

    RectificationService(RectificationRepository rectifications, PartyOrganizationRepository organizations,
            Outbox outbox, CallerScope scope) {
        this.rectifications = rectifications;
        this.organizations = organizations;
        this.outbox = outbox;
        this.scope = scope;
    }

    public static LocalDate today() {
        return LocalDate.now(CALENDAR);
    }

    public Rectification get(long id) {
        Rectification r = rectifications.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("entity.rectification", id));
        scope.requireWithin(r.organization.regionCode);
        return r;
    }

    @Transactional
    public Rectification open(RectificationRequest request) {
        Rectification r = new Rectification();
        r.status = RectificationStatus.OPEN;
        apply(r, request);
        rectifications.persist(r);
        rectifications.flush();
        outbox.record(ENTITY, r.id, ChangeKind.CREATED, RectificationDto.of(r, today()));
        return r;
    }

    @Transactional
    public Rectification update(long id, String ifMatch, RectificationRequest request) {
        Rectification r = get(id);
        Versions.check(ifMatch, r.version);
        if (!r.isOpen()) {
            throw Problems.conflict("rectification.closed", id);
        }
        apply(r, request);
        rectifications.flush();
        outbox.record(ENTITY, r.id, ChangeKind.UPDATED, RectificationDto.of(r, today()));
        return r;
    }

    /** 销号. Closing twice is a conflict even with the current version: it is already closed. */
    @Transactional
    public Rectification close(long id, String ifMatch, CloseRequest request) {
        long expected = Versions.expected(ifMatch);
        Rectification r = get(id);
        if (!r.isOpen()) {
            throw Problems.conflict("rectification.already-closed", id, r.closedOn);
        }
        if (expected != r.version) {
            throw Problems.preconditionFailed(r.version);
        }
        if (request.closingNote() == null || request.closingNote().isBlank()) {
            throw Problems.unprocessable("rectification.close.note-required", id);
        }
        if (request.closedOn().isBefore(r.openedOn)) {
            throw Problems.invalidField("closedOn", "rectification.closed.before-opened", r.openedOn);
        }
        r.status = RectificationStatus.CLOSED;
        r.closedOn = request.closedOn();
        r.closingNote = request.closingNote().trim();
        r.openOrganizationId = null;
        rectifications.flush();
        outbox.record(ENTITY, r.id, ChangeKind.UPDATED, RectificationDto.of(r, today()));
        return r;
    }

    /** Only an entry opened by mistake, while open; a closed entry is the record of a 销号. */
    @Transactional
    public void delete(long id, String ifMatch) {
        Rectification r = get(id);
        Versions.check(ifMatch, r.version);
        if (!r.isOpen()) {
            throw Problems.conflict("rectification.closed", id);
        }
        RectificationDto last = RectificationDto.of(r, today());
        rectifications.delete(r);
        rectifications.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    void refuseDeletingAnOrganizationOnTheLedger(@Observes OrganizationDeleting event) {
        if (rectifications.existsForOrganization(event.organizationId())) {
            throw Problems.conflict("partyorg.referenced", event.organizationId(),
                    new Problems.MessageRef("entity.rectification"));
        }
    }

    private void apply(Rectification r, RectificationRequest request) {
        PartyOrganization o = organizations.findByIdOptional(request.organizationId())
                .orElseThrow(() -> Problems.unprocessable("rectification.organization.missing", request.organizationId()));
        scope.requireWithin(o.regionCode);
        if (!request.deadline().isAfter(request.openedOn())) {
            throw Problems.invalidField("deadline", "rectification.deadline.not-after-opened", request.openedOn());
        }
        String description = request.description() == null || request.description().isBlank() ? null
                : request.description().trim();
        if (request.reason() == RectificationReason.OTHER && description == null) {
            throw Problems.invalidField("description", "rectification.description.required");
        }
        if (!Objects.equals(r.organizationId, o.id) && rectifications.hasOpenEntry(o.id)) {
            throw Problems.conflict("rectification.already-open", o.id);
        }
        r.organizationId = o.id;
        r.organization = o;
        r.openOrganizationId = o.id;
        r.reason = request.reason();
        r.description = description;
        r.leaderName = request.leader().name().trim();
        r.leaderPost = request.leader().post().trim();
        r.measures.clear();
        if (request.measures() != null) {
            request.measures().forEach(m -> r.measures.add(m.trim()));
        }
        r.openedOn = request.openedOn();
        r.deadline = request.deadline();
    }
}
