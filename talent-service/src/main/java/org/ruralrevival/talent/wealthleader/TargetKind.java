package org.ruralrevival.talent.wealthleader;

/**
 * What a 双培双带 target measures, e.g. by 2025: 80% of capable farmer members trained into wealth
 * leaders, 90% of the leaders' best developed into members, 90% of village cadres trained into leaders.
 */
public enum TargetKind {
    /** 有致富能力的农民党员 → 致富带头人. */ MEMBER_TO_LEADER(LedgerKind.MEMBER_TO_LEADER, false),
    /** 致富带头人中的先进分子 → 党员. */ LEADER_TO_MEMBER(LedgerKind.LEADER_TO_MEMBER, false),
    /** 村干部 → 致富带头人: MEMBER_TO_LEADER entries of village cadres. */ CADRE_TO_LEADER(LedgerKind.MEMBER_TO_LEADER, true);

    private final LedgerKind ledger;
    private final boolean villageCadresOnly;

    TargetKind(LedgerKind ledger, boolean villageCadresOnly) {
        this.ledger = ledger;
        this.villageCadresOnly = villageCadresOnly;
    }

    public LedgerKind ledger() {
        return ledger;
    }

    public boolean villageCadresOnly() {
        return villageCadresOnly;
    }
}
