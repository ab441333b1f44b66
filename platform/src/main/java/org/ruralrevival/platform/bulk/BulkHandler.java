package org.ruralrevival.platform.bulk;

import java.util.List;

/**
 * One collection's part in a bulk upload: its request type (the single-record POST body) and the
 * upsert of a chunk. The framework reads, binds and validates the records and runs each chunk in
 * its own transaction; the handler finds the existing rows with one query per chunk, compares,
 * and writes only what is new or changed.
 */
public interface BulkHandler<R> {

    /** The collection's path segment, e.g. {@code members}; also names its column labels in the messages. */
    String collection();

    Class<R> requestType();

    /**
     * Upserts the chunk inside the current transaction and answers one result per item. Rule
     * refusals are results, never exceptions; an exception means the database refused something,
     * and the framework then retries the chunk in halves to find and refuse that record alone.
     */
    List<BulkResult> upsert(List<BulkItem<R>> chunk, BulkCaller caller);
}
