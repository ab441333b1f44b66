package org.ruralrevival.platform.events;

/**
 * Applies events of some types to this service's data. Runs inside the transaction that records
 * the event id, so an event's effect and "applied" commit together, exactly once. Throw a
 * ProblemException to refuse an event (the sender retries, then parks it).
 */
public interface EventHandler {

    boolean handles(String type);

    void apply(ReceivedEvent event);
}
