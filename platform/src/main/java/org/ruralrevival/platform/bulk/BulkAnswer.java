package org.ruralrevival.platform.bulk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.platform.problem.Problem;

/** The report of a bulk upload as documented in OpenAPI ({@link BulkReport} writes it, streamed). */
@Schema(name = "BulkAnswer", description = "Counts by outcome and one line per record, in upload order.")
public record BulkAnswer(
        @Schema(example = "3") long received,
        @Schema(example = "1") long created,
        @Schema(example = "0") long updated,
        @Schema(example = "1") long unchanged,
        @Schema(example = "1") long refused,
        List<Line> items) {

    /** One record's outcome; with {@code Accept: application/x-ndjson} each is one line of the answer. */
    @Schema(name = "BulkLine")
    public record Line(
            @Schema(description = "Row in the upload: element of a JSON array, line of NDJSON, spreadsheet row of CSV or .xlsx.",
                    example = "3") long row,
            @Schema(description = "The record's natural key (personal data masked).", example = "6201**********1234")
            String key,
            @Schema(example = "REFUSED") Outcome outcome,
            @Schema(description = "Id (or code) of the stored record.", example = "101") Object id,
            @Schema(description = "For a refusal: the rule, as the single-record endpoint answers it.",
                    example = "problem.validation") String rule,
            @Schema(example = "1 fields are invalid") String message,
            List<Problem.Error> errors) {
    }

    public static final String NDJSON_EXAMPLE = "{\"row\":1,\"key\":\"6201**********1234\",\"outcome\":\"CREATED\",\"id\":101}\n"
            + "{\"row\":2,\"outcome\":\"REFUSED\",\"rule\":\"problem.validation\",\"message\":\"1 fields are invalid\","
            + "\"errors\":[{\"field\":\"idNumber\",\"rule\":\"idnumber.checksum\","
            + "\"message\":\"the check character does not match (GB 11643, ISO 7064 MOD 11-2)\"}]}";
}
