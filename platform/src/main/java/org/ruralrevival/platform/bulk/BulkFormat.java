package org.ruralrevival.platform.bulk;

import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.ruralrevival.platform.problem.ProblemException;

/** The body formats a bulk upload may come in, by media type. */
public enum BulkFormat {
    JSON(MediaType.APPLICATION_JSON),
    NDJSON(BulkFormat.NDJSON_TYPE),
    CSV(BulkFormat.CSV_TYPE),
    XLSX(BulkFormat.XLSX_TYPE);

    public static final String NDJSON_TYPE = "application/x-ndjson";
    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public final String mediaType;

    BulkFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format of a Content-Type header ({@code text/csv; charset=UTF-8} is CSV). */
    public static BulkFormat of(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (BulkFormat f : values()) {
            if (f.mediaType.equals(type)) {
                return f;
            }
        }
        throw new ProblemException(415, "http-415", "bulk.media-type", String.valueOf(contentType));
    }
}
