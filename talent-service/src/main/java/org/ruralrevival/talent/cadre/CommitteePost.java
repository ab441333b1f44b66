package org.ruralrevival.talent.cadre;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Posts in the village two committees (村两委). */
@Schema(name = "CadreAppointmentPost")
public enum CommitteePost {
    /** 村党组织书记. */ SECRETARY(true),
    /** 书记兼村委会主任 (一肩挑). */ SECRETARY_AND_DIRECTOR(true),
    /** 党组织副书记. */ DEPUTY_SECRETARY(true),
    /** 支部委员. */ BRANCH_COMMITTEE_MEMBER(true),
    /** 村委会主任. */ DIRECTOR(false),
    /** 村委会副主任. */ DEPUTY_DIRECTOR(false),
    /** 村委会委员. */ VILLAGE_COMMITTEE_MEMBER(false);

    private final boolean partyPost;

    CommitteePost(boolean partyPost) {
        this.partyPost = partyPost;
    }

    /** A post in the party branch committee: only a party member can hold it. */
    public boolean partyPost() {
        return partyPost;
    }
}
