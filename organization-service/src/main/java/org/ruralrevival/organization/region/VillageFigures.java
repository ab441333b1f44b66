package org.ruralrevival.organization.region;

/** Counts of the regions below a code, as the reports group villages (all counts). */
public record VillageFigures(long towns, long villages, long keyVillages, long weakAndLax, long weakEconomy,
        long demonstration, long leading, long improving, long lagging) {
}
