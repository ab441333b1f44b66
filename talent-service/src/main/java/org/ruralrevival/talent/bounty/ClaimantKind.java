package org.ruralrevival.talent.bounty;

/** Who claims a bounty: a unit (包联单位) or a person (驻村干部, 第一书记…). */
public enum ClaimantKind {
    UNIT, PERSON
}
