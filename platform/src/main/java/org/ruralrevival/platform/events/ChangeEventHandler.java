package org.ruralrevival.platform.events;

import java.util.Optional;
import org.ruralrevival.platform.outbox.ChangeKind;

/**
 * A handler for every change of one outbox entity of another service:
 * {@code org.ruralrevival.<entity>.created|updated|deleted}.
 */
public abstract class ChangeEventHandler implements EventHandler {

    /** The sender's outbox entity name, e.g. {@code region}. */
    protected abstract String entity();

    @Override
    public boolean handles(String type) {
        return kindOf(type).isPresent();
    }

    protected Optional<ChangeKind> kindOf(String type) {
        for (ChangeKind kind : ChangeKind.values()) {
            if (CloudEvents.type(entity(), kind.name()).equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
