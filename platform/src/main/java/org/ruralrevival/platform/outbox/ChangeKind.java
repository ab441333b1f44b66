package org.ruralrevival.platform.outbox;

/** What happened to an entity. */
public enum ChangeKind {
    CREATED, UPDATED, DELETED
}
