package org.ruralrevival.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps idempotency records in the service's own database, each step in its own short
 * transaction so the claim is visible to a concurrent retry before the real work starts.
 */
@ApplicationScoped
public class IdempotencyStore {

    public sealed interface Claim permits Claimed, Replay, Mismatch, InProgress {
    }

    public record Claimed() implements Claim {
    }

    public record Replay(IdempotencyRecord record) implements Claim {
    }

    public record Mismatch() implements Claim {
    }

    public record InProgress() implements Claim {
    }

    private final EntityManager em;
    private final Duration retention;
    private final Duration abandonedAfter;

    IdempotencyStore(EntityManager em,
            @ConfigProperty(name = "platform.idempotency.retention", defaultValue = "PT24H") Duration retention,
            @ConfigProperty(name = "platform.idempotency.abandoned-after", defaultValue = "PT2M") Duration abandonedAfter) {
        this.em = em;
        this.retention = retention;
        this.abandonedAfter = abandonedAfter;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String keyHash, String requestHash) {
        // Plain "FOR UPDATE": Hibernate's MySQL 8 "FOR UPDATE OF alias" is not understood by MariaDB.
        boolean exists = !em.createNativeQuery("SELECT key_hash FROM idempotency_record WHERE key_hash = ?1 FOR UPDATE")
                .setParameter(1, keyHash).getResultList().isEmpty();
        IdempotencyRecord existing = exists ? em.find(IdempotencyRecord.class, keyHash) : null;
        if (existing == null) {
            IdempotencyRecord record = new IdempotencyRecord();
            record.keyHash = keyHash;
            record.requestHash = requestHash;
            record.createdAt = Instant.now();
            em.persist(record);
            em.flush();
            return new Claimed();
        }
        if (!existing.requestHash.equals(requestHash)) {
            return new Mismatch();
        }
        if (existing.completed) {
            return new Replay(existing);
        }
        if (existing.createdAt.isBefore(Instant.now().minus(abandonedAfter))) {
            // The first attempt died before answering (its work rolled back): let this one run.
            existing.createdAt = Instant.now();
            return new Claimed();
        }
        return new InProgress();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String keyHash, int status, String contentType, String location, String etag, String body) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, keyHash);
        if (record != null) {
            record.completed = true;
            record.status = status;
            record.contentType = contentType;
            record.location = location;
            record.etag = etag;
            record.body = body;
        }
    }

    /** A refused or failed first attempt changed nothing, so the key is free for a corrected retry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String keyHash) {
        em.createQuery("delete from IdempotencyRecord r where r.keyHash = :k and r.completed = false")
                .setParameter("k", keyHash).executeUpdate();
    }

    public Optional<IdempotencyRecord> find(String keyHash) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, keyHash));
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void purgeExpired() {
        em.createQuery("delete from IdempotencyRecord r where r.createdAt < :limit")
                .setParameter("limit", Instant.now().minus(retention)).executeUpdate();
    }
}
