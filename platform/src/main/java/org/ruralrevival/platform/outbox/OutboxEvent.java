package org.ruralrevival.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the service's outbox: the change feed and the source of events to other services. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Gapless and in commit order (see {@link Outbox}). */
    @Id
    public long seq;

    @Column(name = "event_id", length = 36, nullable = false, unique = true)
    public String eventId;

    @Column(nullable = false, length = 64)
    public String entity;

    @Column(name = "entity_key", nullable = false, length = 128)
    public String entityKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ChangeKind kind;

    /** The entity's new state as JSON (its API representation, personal data masked). */
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The request that made the change ({@code X-Request-Id}); null for changes no request made. */
    @Column(name = "request_id", length = 128)
    public String requestId;
}
