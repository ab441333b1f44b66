package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ruralrevival.platform.problem.InputProblems;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.problem.ProblemMappers;
import org.ruralrevival.platform.problem.Problems;

/**
 * Runs an upload: reads records one at a time, binds each to the collection's request type with
 * the strict mapper and Bean Validation (so every rule and message is the single endpoint's), and
 * hands the good ones to the handler in chunks, each chunk in its own transaction. A chunk the
 * database refuses (a foreign key, a key another writer took meanwhile) is split in halves and
 * retried until the one bad record is found and refused alone; the others land.
 */
@ApplicationScoped
public class BulkRunner {

    private static final Logger LOG = Logger.getLogger(BulkRunner.class);

    private final ObjectMapper mapper;
    private final Validator validator;
    private final int chunkSize;
    private final Map<String, BulkColumns> columns = new java.util.concurrent.ConcurrentHashMap<>();

    BulkRunner(ObjectMapper mapper, Validator validator,
            @ConfigProperty(name = "platform.bulk.chunk-size", defaultValue = "2000") int chunkSize) {
        this.mapper = mapper;
        this.validator = validator;
        this.chunkSize = chunkSize;
    }

    /** The columns of a collection, for CSV and sheets (cached: introspection is not free). */
    public BulkColumns columns(BulkHandler<?> handler) {
        return columns.computeIfAbsent(handler.collection(),
                c -> BulkColumns.of(c, handler.requestType(), mapper));
    }

    /**
     * Reads the whole body and answers the report. Throws a problem only when nothing can be read
     * at all (an unsupported media type, an unknown column, a file that is not a workbook).
     */
    public <R> BulkReport run(BulkHandler<R> handler, InputStream body, String contentType, BulkCaller caller,
            Locale locale) {
        BulkFormat format = BulkFormat.of(contentType);
        try (RecordSource source = open(format, body, columns(handler))) {
            BulkReport report = new BulkReport(mapper, locale);
            try {
                List<Object> pending = new ArrayList<>();
                List<BulkItem<R>> valid = new ArrayList<>();
                // Where an upload's time goes (DEBUG): reading and binding, against writing and reporting.
                long started = System.nanoTime();
                long writing = 0;
                for (RecordSource.Parsed p = source.next(); p != null; p = source.next()) {
                    Object entry = bind(handler, p);
                    pending.add(entry);
                    if (entry instanceof BulkItem<?>) {
                        @SuppressWarnings("unchecked")
                        BulkItem<R> item = (BulkItem<R>) entry;
                        valid.add(item);
                        if (valid.size() >= chunkSize) {
                            long t = System.nanoTime();
                            flush(handler, caller, pending, valid, report);
                            writing += System.nanoTime() - t;
                        }
                    }
                }
                long t = System.nanoTime();
                flush(handler, caller, pending, valid, report);
                report.finish();
                writing += System.nanoTime() - t;
                if (LOG.isDebugEnabled()) {
                    long total = System.nanoTime() - started;
                    LOG.debugf("bulk %s: %d records in %d ms: reading and binding %d ms, writing and reporting %d ms",
                            handler.collection(), report.total(), total / 1_000_000, (total - writing) / 1_000_000,
                            writing / 1_000_000);
                }
                return report;
            } catch (IOException | RuntimeException e) {
                report.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RecordSource open(BulkFormat format, InputStream body, BulkColumns columns) throws IOException {
        return switch (format) {
            case JSON -> new JsonArraySource(body, columns.mapper());
            case NDJSON -> new NdjsonSource(body, columns.mapper());
            case CSV -> new CsvSource(body, columns, columns.mapper());
            case XLSX -> new XlsxSource(body, columns, columns.mapper());
        };
    }

    /** The bound request, or the refusal the single endpoint would answer for this body. */
    private <R> Object bind(BulkHandler<R> handler, RecordSource.Parsed p) {
        if (p.problem() != null) {
            return BulkResult.refused(p.row(), null, p.problem());
        }
        R request;
        try {
            request = mapper.treeToValue(p.node(), handler.requestType());
        } catch (JsonProcessingException e) {
            return BulkResult.refused(p.row(), null, InputProblems.of(e));
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException j) {
                return BulkResult.refused(p.row(), null, InputProblems.of(j));
            }
            throw e;
        }
        if (request == null) {
            return BulkResult.refused(p.row(), null, Problems.badRequest("json.wrong-body", "object"));
        }
        Set<ConstraintViolation<R>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return BulkResult.refused(p.row(), null, Problems.invalid(InputProblems.of(violations)));
        }
        return new BulkItem<>(p.row(), request);
    }

    private <R> void flush(BulkHandler<R> handler, BulkCaller caller, List<Object> pending, List<BulkItem<R>> valid,
            BulkReport report) throws IOException {
        Map<Long, BulkResult> byRow = new HashMap<>();
        if (!valid.isEmpty()) {
            for (BulkResult r : upsert(handler, caller, valid)) {
                byRow.put(r.row(), r);
            }
        }
        for (Object entry : pending) {
            if (entry instanceof BulkResult r) {
                report.add(r);
            } else {
                long row = ((BulkItem<?>) entry).row();
                BulkResult r = byRow.get(row);
                report.add(r != null ? r : BulkResult.refused(row, null, Problems.badRequest("bulk.no-answer")));
            }
        }
        pending.clear();
        valid.clear();
    }

    private <R> List<BulkResult> upsert(BulkHandler<R> handler, BulkCaller caller, List<BulkItem<R>> items) {
        try {
            List<BulkItem<R>> chunk = List.copyOf(items);
            return QuarkusTransaction.requiringNew().call(() -> handler.upsert(chunk, caller));
        } catch (RuntimeException e) {
            ProblemException problem = problemOf(e);
            if (items.size() == 1) {
                if (problem == null) {
                    // Not the record's fault as far as we can tell: refuse it, and keep the cause for the operator.
                    LOG.warnf("bulk %s row %d failed: %s", handler.collection(), items.get(0).row(), e);
                    problem = Problems.unprocessable("bulk.database");
                }
                return List.of(BulkResult.refused(items.get(0).row(), null, problem));
            }
            int half = items.size() / 2;
            List<BulkResult> results = new ArrayList<>(upsert(handler, caller, items.subList(0, half)));
            results.addAll(upsert(handler, caller, items.subList(half, items.size())));
            return results;
        }
    }

    /** A database refusal that names a rule the caller can act on (a missing reference, a duplicate key). */
    private static ProblemException problemOf(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ProblemException p) {
                return p;
            }
            if (c instanceof org.hibernate.exception.ConstraintViolationException cv) {
                return Problems.conflict(ProblemMappers.constraintRule(cv.getErrorCode()));
            }
            if (c instanceof java.sql.SQLIntegrityConstraintViolationException s) {
                return Problems.conflict(ProblemMappers.constraintRule(s.getErrorCode()));
            }
            if (c instanceof SQLException s && "23000".equals(s.getSQLState())) {
                return Problems.conflict(ProblemMappers.constraintRule(s.getErrorCode()));
            }
        }
        return null;
    }
}
