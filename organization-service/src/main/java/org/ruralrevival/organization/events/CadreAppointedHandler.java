package org.ruralrevival.organization.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ruralrevival.organization.committee.CommitteeMember;
import org.ruralrevival.organization.committee.CommitteeMemberRepository;
import org.ruralrevival.organization.committee.CommitteeMemberRequest;
import org.ruralrevival.organization.committee.CommitteeMemberService;
import org.ruralrevival.organization.committee.CommitteePost;
import org.ruralrevival.organization.committee.CommitteeTerm;
import org.ruralrevival.organization.committee.CommitteeTermRepository;
import org.ruralrevival.organization.committee.Education;
import org.ruralrevival.organization.partyorg.ExternalRef;
import org.ruralrevival.platform.events.CloudEvents;
import org.ruralrevival.platform.events.EventHandler;
import org.ruralrevival.platform.events.EventPayloads;
import org.ruralrevival.platform.events.ReceivedEvent;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.problem.Problems;

/**
 * A reserve cadre (后备干部) appointed in talent-service becomes a member of the village's two
 * committees (村两委) here, in the village's term for the event's term year, with externalRef
 * {talent, reserve cadre id} so a re-sent appointment updates the same member.
 *
 * <p>When the village has no term for that year the event is refused with 422: the term (换届)
 * must be recorded here first. The sender keeps retrying with growing pauses and, after
 * {@code platform.events.max-attempts} refusals, parks the event in its event_dead_letter table;
 * recording the term while it is still being retried lets the next attempt apply it.
 */
@ApplicationScoped
public class CadreAppointedHandler implements EventHandler {

    public static final String TYPE = CloudEvents.type("reserve-cadre-appointed", ChangeKind.CREATED.name());
    public static final String SYSTEM = "talent";

    /** talent-service's posts; 一肩挑 (secretary and director) is two posts here. */
    private static final Map<String, Set<CommitteePost>> POSTS = Map.of(
            "SECRETARY", EnumSet.of(CommitteePost.PARTY_SECRETARY),
            "SECRETARY_AND_DIRECTOR", EnumSet.of(CommitteePost.PARTY_SECRETARY, CommitteePost.VILLAGE_DIRECTOR),
            "DEPUTY_SECRETARY", EnumSet.of(CommitteePost.PARTY_DEPUTY_SECRETARY),
            "BRANCH_COMMITTEE_MEMBER", EnumSet.of(CommitteePost.PARTY_COMMITTEE_MEMBER),
            "DIRECTOR", EnumSet.of(CommitteePost.VILLAGE_DIRECTOR),
            "DEPUTY_DIRECTOR", EnumSet.of(CommitteePost.VILLAGE_DEPUTY_DIRECTOR),
            "VILLAGE_COMMITTEE_MEMBER", EnumSet.of(CommitteePost.VILLAGE_COMMITTEE_MEMBER));

    /**
     * talent-service's education levels. Its POSTGRADUATE (研究生) does not tell master from doctor and
     * becomes MASTER, the lower; its SENIOR_HIGH includes 中专 and stays SENIOR_HIGH.
     */
    private static final Map<String, Education> EDUCATION = Map.of(
            "PRIMARY_OR_BELOW", Education.PRIMARY,
            "JUNIOR_HIGH", Education.JUNIOR_HIGH,
            "SENIOR_HIGH", Education.SENIOR_HIGH,
            "JUNIOR_COLLEGE", Education.JUNIOR_COLLEGE,
            "BACHELOR", Education.BACHELOR,
            "POSTGRADUATE", Education.MASTER);

    private final EventPayloads payloads;
    private final CommitteeTermRepository terms;
    private final CommitteeMemberRepository members;
    private final CommitteeMemberService service;

    CadreAppointedHandler(EventPayloads payloads, CommitteeTermRepository terms, CommitteeMemberRepository members,
            CommitteeMemberService service) {
        this.payloads = payloads;
        this.terms = terms;
        this.members = members;
        this.service = service;
    }

    @Override
    public boolean handles(String type) {
        return TYPE.equals(type);
    }

    @Override
    public void apply(ReceivedEvent event) {
        CadreAppointedPayload p = payloads.read(event, CadreAppointedPayload.class);
        new EventPayloads.Required().check("reserveCadreId", p.reserveCadreId()).check("villageCode", p.villageCode())
                .check("name", p.name()).check("gender", p.gender()).check("birthDate", p.birthDate())
                .check("education", p.education()).check("post", p.post()).check("termYear", p.termYear())
                .rule(p.reserveCadreId() != null && p.reserveCadreId() <= 0, "reserveCadreId", "event.payload.id.positive")
                .rule(p.name() != null && p.name().trim().length() > 50, "name", "event.payload.too-long", 50)
                .rule(p.education() != null && !EDUCATION.containsKey(p.education()), "education", "event.payload.value",
                        p.education())
                .rule(p.post() != null && !POSTS.containsKey(p.post()), "post", "event.payload.value", p.post())
                .orRefuse();

        CommitteeTerm term = terms.findByVillageAndYear(p.villageCode(), p.termYear())
                .orElseThrow(() -> Problems.unprocessable("event.cadre.term.missing", p.villageCode(), p.termYear()));
        String ref = String.valueOf(p.reserveCadreId());
        // What the event does not carry (ethnicity, the party member record) is kept from an earlier delivery.
        CommitteeMember existing = members.findByExternalRef(SYSTEM, ref).orElse(null);
        service.create(new CommitteeMemberRequest(term.id, p.name().trim(), p.gender(), p.birthDate(),
                EDUCATION.get(p.education()), existing == null ? null : existing.ethnicity, POSTS.get(p.post()),
                existing == null ? null : existing.partyMemberId, new ExternalRef(SYSTEM, ref)));
    }
}
