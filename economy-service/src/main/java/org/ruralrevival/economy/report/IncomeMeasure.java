package org.ruralrevival.economy.report;

/** Which income a village is held against the threshold line with. */
public enum IncomeMeasure {
    /** 经营性收入 (the usual line for 集体经济薄弱村). */ OPERATING("op"),
    /** 总收入. */ TOTAL("tot"),
    /** 纯收入. */ NET("net");

    /** The column of the per-village sums in ReportRepository: a fixed name, never caller text. */
    final String column;

    IncomeMeasure(String column) {
        this.column = column;
    }
}
