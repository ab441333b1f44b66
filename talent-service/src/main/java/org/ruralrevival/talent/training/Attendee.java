package org.ruralrevival.talent.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.ruralrevival.talent.common.PersonRef;

/** One person at one session. */
@Embeddable
public class Attendee {

    @Column(nullable = false, length = 50)
    public String name;

    @Column(name = "member_id")
    public Long memberId;

    /** What tells people apart across sessions: the member id when known, else the name. */
    @Column(name = "person_key", nullable = false, length = 80)
    public String personKey;

    static Attendee of(PersonRef ref) {
        Attendee a = new Attendee();
        a.name = ref.name().trim();
        a.memberId = ref.memberId();
        a.personKey = ref.identity();
        return a;
    }

    PersonRef ref() {
        return new PersonRef(name, memberId);
    }
}
