package org.ruralrevival.organization.member;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import org.ruralrevival.organization.partyorg.ExternalRef;
import org.ruralrevival.platform.identity.IdNumber;
import org.ruralrevival.platform.personaldata.PersonalData;
import org.ruralrevival.platform.security.CallerScope;

/** Decrypts a member's ID and phone numbers and shows them in full or masked, by the caller's role. */
@ApplicationScoped
public class MemberMapper {

    private final PersonalData personalData;
    private final CallerScope scope;

    MemberMapper(PersonalData personalData, CallerScope scope) {
        this.personalData = personalData;
        this.scope = scope;
    }

    /** What the current caller may see. */
    public MemberDto forCaller(Member m) {
        return of(m, scope.maySeePersonalData());
    }

    /**
     * Masked for everyone: write answers and change-feed rows, which are stored (idempotency
     * replays, outbox) and must not put the plain numbers in the database.
     */
    public MemberDto masked(Member m) {
        return of(m, false);
    }

    /** Masked, from the plain numbers the caller already has (bulk uploads: no decryption per record). */
    MemberDto masked(Member m, String idNumber, String phone) {
        return of(m, new IdNumber(idNumber), phone, false);
    }

    private MemberDto of(Member m, boolean full) {
        return of(m, new IdNumber(personalData.decrypt(m.idNumberEncrypted)), personalData.decrypt(m.phoneEncrypted), full);
    }

    private MemberDto of(Member m, IdNumber id, String phone, boolean full) {
        LocalDate today = Today.inChina();
        return new MemberDto(m.id, m.organizationId, m.regionCode, m.name, m.gender, m.ethnicity, m.birthDate,
                m.education, full ? id.value() : id.masked(), full ? phone : PersonalData.maskPhone(phone),
                m.joinedOn, m.fullMemberOn, m.status, m.leftOn,
                m.flowingAway ? new Flowing(true, m.flowingWhere, m.flowingSince) : Flowing.NOT_AWAY,
                m.doorPlateOn, m.externalSystem == null ? null : new ExternalRef(m.externalSystem, m.externalId),
                yearsInParty(m.joinedOn, today), isFiftyYears(m.joinedOn, today), m.version);
    }

    /** The member as the body that would store it again: exports re-import as "unchanged". */
    MemberRequest toRequest(Member m, boolean full) {
        IdNumber id = new IdNumber(personalData.decrypt(m.idNumberEncrypted));
        String phone = personalData.decrypt(m.phoneEncrypted);
        return new MemberRequest(m.organizationId, m.name, m.gender, m.ethnicity, m.birthDate, m.education,
                full ? id.value() : id.masked(), full ? phone : PersonalData.maskPhone(phone), m.joinedOn, m.fullMemberOn,
                m.status, m.leftOn, m.flowingAway ? new Flowing(true, m.flowingWhere, m.flowingSince) : null,
                m.doorPlateOn, m.externalSystem == null ? null : new ExternalRef(m.externalSystem, m.externalId));
    }

    static int yearsInParty(LocalDate joinedOn, LocalDate on) {
        return on.isBefore(joinedOn) ? 0 : Period.between(joinedOn, on).getYears();
    }

    /** 光荣在党50年: on or before the same day fifty years back. */
    public static boolean isFiftyYears(LocalDate joinedOn, LocalDate on) {
        return !joinedOn.isAfter(on.minusYears(50));
    }
}
