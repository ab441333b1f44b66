package org.ruralrevival.economy.project;

/** What happens when a contract's term ends. */
public enum EndOfTerm {
    /** The asset becomes the village's (e.g. 10 years' rent, then the shop is the collective's). */ ASSET_TO_VILLAGE,
    /** The leased land or asset returns to the village. */ RETURNED_TO_VILLAGE,
    /** The parties may renew. */ RENEWABLE,
    /** Written in endOfTermNote. */ OTHER
}
