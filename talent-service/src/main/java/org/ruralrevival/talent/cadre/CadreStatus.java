package org.ruralrevival.talent.cadre;

/** Whether the person is still in the reserve or was appointed into the two committees. */
public enum CadreStatus {
    /** 储备中. */ RESERVE,
    /** 已进入村两委. */ APPOINTED
}
