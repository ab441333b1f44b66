package org.ruralrevival.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, as every service answers an error. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
public record Problem(
        @Schema(example = "/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(example = "/api/v1/regions") String instance,
        @Schema(description = "Message key of the broken rule, stable for programs.", example = "region.code.not-nested")
        String rule,
        List<Error> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "ProblemFieldError")
    public record Error(
            @Schema(example = "code") String field,
            @Schema(example = "region.code.checksum") String rule,
            @Schema(example = "620123000000 is not nested under 621100000000") String message) {
    }
}
