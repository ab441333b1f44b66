package org.ruralrevival.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first answer to a POST sent with an {@code Idempotency-Key}, replayed for retries. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    /** SHA-256 of caller, method, path and key: the key is only unique within that scope. */
    @Id
    @Column(name = "key_hash", length = 64)
    public String keyHash;

    @Column(name = "request_hash", length = 64, nullable = false)
    public String requestHash;

    /** false while the first request is still running. */
    @Column(nullable = false)
    public boolean completed;

    public Integer status;

    @Column(name = "content_type", length = 100)
    public String contentType;

    @Column(length = 500)
    public String location;

    @Column(length = 100)
    public String etag;

    @Column(columnDefinition = "LONGTEXT")
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
