package org.ruralrevival.organization.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.ruralrevival.organization.member.Flowing;
import org.ruralrevival.organization.member.Member;
import org.ruralrevival.organization.member.MemberRepository;
import org.ruralrevival.organization.member.MemberRequest;
import org.ruralrevival.organization.member.MemberService;
import org.ruralrevival.organization.member.MemberStatus;
import org.ruralrevival.organization.partyorg.ExternalRef;
import org.ruralrevival.platform.events.CloudEvents;
import org.ruralrevival.platform.events.EventHandler;
import org.ruralrevival.platform.events.EventPayloads;
import org.ruralrevival.platform.events.ReceivedEvent;
import org.ruralrevival.platform.identity.IdNumber;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.personaldata.PersonalData;
import org.ruralrevival.platform.problem.Problems;

/**
 * Admission as probationary member (预备党员) in talent-service creates the party member here:
 * status PROBATIONARY, joined on the branch meeting date, in the branch the recruit joins, with
 * externalRef {talent, recruit id} so a repeated or re-sent event updates the same member.
 *
 * <p>The event carries the ID number masked; the full number is fetched from talent-service
 * before anything is written. When talent-service does not answer the event is refused with 503
 * and the sender retries it later. Fields the event does not carry (education, ethnicity, phone,
 * flowing, door plate) are kept from a member already on file, and a member who has moved past
 * probation here is not set back to PROBATIONARY by a late event.
 */
@ApplicationScoped
public class RecruitAdmittedHandler implements EventHandler {

    public static final String TYPE = CloudEvents.type("recruit-admitted", ChangeKind.CREATED.name());
    public static final String SYSTEM = "talent";

    private static final Logger LOG = Logger.getLogger(RecruitAdmittedHandler.class);

    private final EventPayloads payloads;
    private final TalentRecruits talent;
    private final MemberService service;
    private final MemberRepository members;
    private final PersonalData personalData;

    RecruitAdmittedHandler(EventPayloads payloads, TalentRecruits talent, MemberService service, MemberRepository members,
            PersonalData personalData) {
        this.payloads = payloads;
        this.talent = talent;
        this.service = service;
        this.members = members;
        this.personalData = personalData;
    }

    @Override
    public boolean handles(String type) {
        return TYPE.equals(type);
    }

    @Override
    public void apply(ReceivedEvent event) {
        RecruitAdmittedPayload p = payloads.read(event, RecruitAdmittedPayload.class);
        new EventPayloads.Required().check("recruitId", p.recruitId()).check("name", p.name())
                .check("branchId", p.branchId()).check("joinedOn", p.joinedOn())
                .rule(p.recruitId() != null && p.recruitId() <= 0, "recruitId", "event.payload.id.positive")
                .rule(p.name() != null && p.name().trim().length() > 50, "name", "event.payload.too-long", 50)
                .rule(p.status() != null && !MemberStatus.PROBATIONARY.name().equals(p.status()), "status",
                        "event.recruit.status", p.status())
                .orRefuse();

        String idNumber = fullIdNumber(p.recruitId());
        String ref = String.valueOf(p.recruitId());
        Optional<Member> existing = members.findByExternalRef(SYSTEM, ref)
                .or(() -> IdNumber.problemWith(idNumber) == null
                        ? members.findByIdNumberHash(personalData.hash(IdNumber.parse(idNumber).value()))
                        : Optional.empty());
        service.create(request(p, idNumber, ref, existing.orElse(null)));
    }

    private String fullIdNumber(long recruitId) {
        try {
            return talent.fullIdNumber(recruitId);
        } catch (TalentRecruits.RecruitMissing e) {
            throw Problems.unprocessable("event.recruit.missing-at-talent", recruitId);
        } catch (RuntimeException e) {
            LOG.warnf("recruit %d: no ID number from talent-service (%s); the event is refused for a retry", recruitId,
                    e.toString());
            throw Problems.unavailable("event.talent.unavailable", 30, recruitId);
        }
    }

    private MemberRequest request(RecruitAdmittedPayload p, String idNumber, String ref, Member existing) {
        ExternalRef externalRef = new ExternalRef(SYSTEM, ref);
        if (existing == null) {
            return new MemberRequest(p.branchId(), p.name().trim(), p.gender(), null, p.birthDate(), null, idNumber, null,
                    p.joinedOn(), null, MemberStatus.PROBATIONARY, null, null, null, externalRef);
        }
        // A member already past probation here (full, transferred, deceased) keeps that standing.
        boolean keepStanding = existing.status != MemberStatus.PROBATIONARY;
        Flowing flowing = existing.flowingAway ? new Flowing(true, existing.flowingWhere, existing.flowingSince) : null;
        String phone = existing.phoneEncrypted == null ? null : personalData.decrypt(existing.phoneEncrypted);
        return new MemberRequest(p.branchId(), p.name().trim(), p.gender(), existing.ethnicity, p.birthDate(),
                existing.education, idNumber, phone, p.joinedOn(), keepStanding ? existing.fullMemberOn : null,
                keepStanding ? existing.status : MemberStatus.PROBATIONARY, keepStanding ? existing.leftOn : null, flowing,
                existing.doorPlateOn, externalRef);
    }
}
