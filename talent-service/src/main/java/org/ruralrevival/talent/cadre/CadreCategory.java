package org.ruralrevival.talent.cadre;

/** The "1211" scheme: per village 1 secretary successor, 2 college-educated reserves, 1 young member, 1 wealth leader. */
public enum CadreCategory {
    /** 书记梯队人才. */ SECRETARY_SUCCESSOR,
    /** 大专以上学历后备干部. */ COLLEGE_EDUCATED,
    /** 年轻党员. */ YOUNG_MEMBER,
    /** 致富能人. */ WEALTH_LEADER
}
