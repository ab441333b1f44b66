package org.ruralrevival.talent.recruit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.ruralrevival.talent.common.PersonRef;

/** A person a step names, and in which role. */
@Embeddable
public class TransitionPerson {

    /** 培养联系人 or 入党介绍人. */
    public enum Role { CULTIVATOR, INTRODUCER }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Role role;

    @Column(length = 50)
    public String name;

    @Column(name = "member_id")
    public Long memberId;

    public static TransitionPerson of(Role role, PersonRef ref) {
        TransitionPerson p = new TransitionPerson();
        p.role = role;
        p.name = ref.name() == null || ref.name().isBlank() ? null : ref.name().trim();
        p.memberId = ref.memberId();
        return p;
    }

    public PersonRef ref() {
        return new PersonRef(name, memberId);
    }
}
