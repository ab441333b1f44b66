package org.ruralrevival.economy.plan;

/** The four phases of a doubling plan: 一年建设、两年巩固、三年发展、四年倍增. */
public enum PlanPhase {
    /** 建设: year 1 after the baseline. */ CONSTRUCTION,
    /** 巩固: year 2. */ CONSOLIDATION,
    /** 发展: year 3. */ DEVELOPMENT,
    /** 倍增: year 4 and any later year up to the target year. */ DOUBLING
}
