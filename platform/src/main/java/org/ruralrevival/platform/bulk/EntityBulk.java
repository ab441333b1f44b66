package org.ruralrevival.platform.bulk;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.OutboxBatch;
import org.ruralrevival.platform.persistence.BaseEntity;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.problem.Problems;

/**
 * A bulk handler for collections written through Hibernate (entities with child tables, where
 * plain JDBC like the members' would copy the mapping): per chunk one query for the records
 * already on file, the single endpoint's own rules applied to the managed entities, one flush
 * (Hibernate batches the inserts and updates, ids come from the pooled generator without a round
 * trip each) and the chunk's change-feed rows in one {@link OutboxBatch}.
 *
 * <p>A record is unchanged when the entity, written back as a request ({@link #toRequest}), is the
 * same before and after the rules applied it: it is then detached, so nothing is written or fed.
 * The same {@link #toRequest} makes the export, so an export uploads again as unchanged.
 */
public abstract class EntityBulk<R, E extends BaseEntity> implements BulkHandler<R> {

    /**
     * What a collection is to the bulk framework, apart from its keys and rules: its path segment,
     * request body, change-feed entity name, a new entity, and how an entity reads back as the
     * request that would store it, as the state the single path feeds, and as the division codes
     * the caller's region must hold.
     */
    public record Shape<R, E>(String collection, Class<R> requestType, String entity, Supplier<E> create,
            Function<E, R> toRequest, Function<E, Object> state, Function<E, List<String>> regions) {
    }

    protected final EntityManager em;
    private final OutboxBatch outbox;
    private final Shape<R, E> shape;

    protected EntityBulk(EntityManager em, OutboxBatch outbox, Shape<R, E> shape) {
        this.em = em;
        this.outbox = outbox;
        this.shape = shape;
    }

    @Override
    public String collection() {
        return shape.collection();
    }

    @Override
    public Class<R> requestType() {
        return shape.requestType();
    }

    /**
     * What finds the record again in a later upload: its externalRef or natural key; null when the
     * record lacks the key's fields (it is then treated as new, and the rules refuse it).
     */
    protected abstract String key(R request);

    /** The key as the report shows it (masked where it is personal data). */
    protected String label(R request) {
        return key(request);
    }

    /** The records already on file for the chunk, by {@link #key}: one query (or one per key kind). */
    protected abstract Map<String, E> existing(Set<String> keys, List<R> requests);

    protected E create() {
        return shape.create().get();
    }

    /**
     * The single endpoint's rules and assignments; throws the problem it would answer. It must not
     * change the entity before it has decided to refuse (a refused entity is detached anyway).
     */
    protected abstract void apply(E entity, R request);

    /** The entity as the body that would store it again (exports, and the "unchanged" test). */
    protected R toRequest(E entity) {
        return shape.toRequest().apply(entity);
    }

    /** The division codes the entity belongs to: the caller's region must hold every one. */
    protected List<String> regions(E entity) {
        return shape.regions().apply(entity);
    }

    /** The change feed's entity name (the single path's). */
    protected String entity() {
        return shape.entity();
    }

    /** The new state the single path feeds. */
    protected Object state(E entity) {
        return shape.state().apply(entity);
    }

    protected Object feedKey(E entity) {
        return entity.id;
    }

    /** After the flush, for derived rows the single path rewrites on every write. */
    protected void written(E entity) {
    }

    /** The export's pages: the entities of page n as request bodies. */
    public Sheets.Pages pages(IntFunction<List<E>> page) {
        return n -> page.apply(n).stream().map(this::toRequest).toList();
    }

    private record Written<E>(BulkItem<?> item, String label, E entity, boolean created) {
    }

    @Override
    public List<BulkResult> upsert(List<BulkItem<R>> chunk, BulkCaller caller) {
        List<BulkResult> results = new ArrayList<>(chunk.size());
        Map<String, Long> firstRow = new HashMap<>();
        List<BulkItem<R>> distinct = new ArrayList<>(chunk.size());
        for (BulkItem<R> item : chunk) {
            String key = key(item.request());
            Long earlier = key == null ? null : firstRow.putIfAbsent(key, item.row());
            if (earlier != null) {
                results.add(BulkResult.refused(item.row(), label(item.request()), Problems.conflict("bulk.key.repeated", earlier)));
            } else {
                distinct.add(item);
            }
        }
        if (distinct.isEmpty()) {
            return results;
        }
        Map<String, E> found = firstRow.isEmpty() ? Map.of() : existing(firstRow.keySet(), distinct.stream().map(BulkItem::request).toList());
        List<Written<E>> written = new ArrayList<>();
        for (BulkItem<R> item : distinct) {
            R request = item.request();
            String label = label(request);
            String key = key(request);
            E existing = key == null ? null : found.get(key);
            E entity = existing == null ? create() : existing;
            try {
                ProblemException outside = existing == null ? null : outside(caller, existing);
                if (outside != null) {
                    throw outside;
                }
                R before = existing == null ? null : toRequest(existing);
                apply(entity, request);
                outside = outside(caller, entity);
                if (outside != null) {
                    throw outside;
                }
                if (existing != null && Objects.equals(before, toRequest(entity))) {
                    // Nothing to write: detached, so the flush cannot touch it either.
                    em.detach(entity);
                    results.add(BulkResult.unchanged(item.row(), label, existing.id));
                    continue;
                }
            } catch (ProblemException p) {
                if (existing != null) {
                    em.detach(existing);
                }
                results.add(BulkResult.refused(item.row(), label, p));
                continue;
            }
            if (existing == null) {
                em.persist(entity);
            }
            written.add(new Written<>(item, label, entity, existing == null));
        }
        if (written.isEmpty()) {
            return results;
        }
        em.flush();
        List<OutboxBatch.Change> changes = new ArrayList<>(written.size());
        for (Written<E> w : written) {
            written(w.entity());
            changes.add(new OutboxBatch.Change(entity(), feedKey(w.entity()),
                    w.created() ? ChangeKind.CREATED : ChangeKind.UPDATED, state(w.entity())));
            results.add(w.created() ? BulkResult.created(w.item().row(), w.label(), w.entity().id)
                    : BulkResult.updated(w.item().row(), w.label(), w.entity().id));
        }
        outbox.append(changes);
        return results;
    }

    /** A key from its parts (texts trimmed), the same for a request and for the entity it matches. */
    protected static String key(Object... parts) {
        StringBuilder k = new StringBuilder();
        for (Object p : parts) {
            k.append(p instanceof String s ? s.trim() : p).append('\u0000');
        }
        return k.toString();
    }

    /** The distinct values of one key part over the chunk, for an IN list. */
    protected static <R> List<Object> values(List<R> requests, Function<R, ?> part) {
        return requests.stream().map(part).filter(Objects::nonNull).distinct().map(v -> (Object) v).toList();
    }

    /**
     * The entities one query finds, by their key, kept only where the chunk sent that key (an IN
     * per key part covers more than the chunk's combinations); the first one found wins.
     */
    protected Map<String, E> find(Set<String> keys, Class<E> type, String jpql, Map<String, List<Object>> params,
            Function<E, String> keyOf) {
        var query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        Map<String, E> found = new HashMap<>();
        query.getResultStream().forEach(e -> found.putIfAbsent(keyOf.apply(e), e));
        found.keySet().retainAll(keys);
        return found;
    }

    private ProblemException outside(BulkCaller caller, E entity) {
        for (String code : regions(entity)) {
            ProblemException p = caller.outsideScope(code);
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
