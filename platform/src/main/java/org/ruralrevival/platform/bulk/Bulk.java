package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import org.ruralrevival.platform.problem.Locales;
import org.ruralrevival.platform.security.CallerScope;

/**
 * What a resource's bulk, template and export methods call: one line each, so every collection
 * answers the same way.
 */
@ApplicationScoped
public class Bulk {

    public static final String TEMPLATE_NAME = "template";

    private final BulkRunner runner;
    private final CallerScope scope;
    private final ObjectMapper mapper;

    Bulk(BulkRunner runner, CallerScope scope, ObjectMapper mapper) {
        this.runner = runner;
        this.scope = scope;
        this.mapper = mapper;
    }

    /**
     * Reads the upload and answers the report: JSON, or NDJSON when the caller accepts it. The
     * counts are also in headers ({@code Bulk-Created} …), so an NDJSON reader has them up front.
     */
    public <R> Response upload(BulkHandler<R> handler, InputStream body, String contentType, HttpHeaders headers) {
        BulkReport report = runner.run(handler, body, contentType, BulkCaller.of(scope), Locales.of(headers));
        boolean ndjson = accepts(headers, BulkFormat.NDJSON_TYPE) && !accepts(headers, MediaType.APPLICATION_JSON);
        StreamingOutput out = stream -> {
            try (report) {
                if (ndjson) {
                    report.writeNdjson(stream);
                } else {
                    report.writeJson(stream);
                }
            }
        };
        Response.ResponseBuilder answer = Response.ok(out, ndjson ? BulkFormat.NDJSON_TYPE : MediaType.APPLICATION_JSON);
        answer.header("Bulk-Received", report.total());
        for (Outcome o : Outcome.values()) {
            answer.header("Bulk-" + o.name().charAt(0) + Sheets.lower(o).substring(1), report.count(o));
        }
        return answer.build();
    }

    /** The .xlsx template of a collection. */
    public Response template(BulkHandler<?> handler) {
        BulkColumns columns = runner.columns(handler);
        StreamingOutput out = stream -> Sheets.template(columns, stream);
        return Response.ok(out, BulkFormat.XLSX_TYPE)
                .header("Content-Disposition", disposition(handler.collection() + "-" + TEMPLATE_NAME, "xlsx")).build();
    }

    /**
     * A list as .xlsx or CSV (by Accept), in the template's columns. {@code pages} answers the
     * records of page n as request bodies, so an export uploads again as "unchanged".
     */
    public Response export(BulkHandler<?> handler, HttpHeaders headers, Sheets.Pages pages) {
        BulkColumns columns = runner.columns(handler);
        // Each page in its own read transaction: the pages are read while the answer streams,
        // after the resource method has returned.
        Sheets.Pages inTransaction = page -> QuarkusTransaction.requiringNew().call(() -> pages.apply(page));
        boolean xlsx = accepts(headers, BulkFormat.XLSX_TYPE);
        StreamingOutput out = xlsx
                ? stream -> Sheets.xlsx(columns, stream, inTransaction, mapper)
                : stream -> Sheets.csv(columns, stream, inTransaction, mapper);
        String type = xlsx ? BulkFormat.XLSX_TYPE : BulkFormat.CSV_TYPE + "; charset=UTF-8";
        return Response.ok(out, type)
                .header("Content-Disposition", disposition(handler.collection(), xlsx ? "xlsx" : "csv")).build();
    }

    public BulkCaller caller() {
        return BulkCaller.of(scope);
    }

    private static String disposition(String name, String extension) {
        return "attachment; filename=\"" + name + "." + extension + "\"";
    }

    private static boolean accepts(HttpHeaders headers, String type) {
        if (headers == null) {
            return false;
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        MediaType wanted = MediaType.valueOf(type);
        for (MediaType m : acceptable) {
            if (!m.isWildcardType() && m.isCompatible(wanted)) {
                return true;
            }
        }
        return false;
    }
}
