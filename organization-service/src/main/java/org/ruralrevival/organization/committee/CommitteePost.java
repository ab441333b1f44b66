package org.ruralrevival.organization.committee;

/** A post in the party branch committee (支部委员会) or the villagers' committee (村民委员会). */
public enum CommitteePost {
    /** 党组织书记. */ PARTY_SECRETARY(Committee.PARTY, true),
    /** 党组织副书记. */ PARTY_DEPUTY_SECRETARY(Committee.PARTY, false),
    /** 支委委员. */ PARTY_COMMITTEE_MEMBER(Committee.PARTY, false),
    /** 村委会主任. */ VILLAGE_DIRECTOR(Committee.VILLAGE, true),
    /** 村委会副主任. */ VILLAGE_DEPUTY_DIRECTOR(Committee.VILLAGE, false),
    /** 村委委员. */ VILLAGE_COMMITTEE_MEMBER(Committee.VILLAGE, false);

    /** The two committees of a village (村两委). */
    public enum Committee {
        PARTY, VILLAGE
    }

    private final Committee committee;
    private final boolean head;

    CommitteePost(Committee committee, boolean head) {
        this.committee = committee;
        this.head = head;
    }

    public Committee committee() {
        return committee;
    }

    /** A post only one person of a term may hold (the secretary, the director). */
    public boolean head() {
        return head;
    }
}
