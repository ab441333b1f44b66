package org.ruralrevival.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The three services' reports for one region and year in one answer. A report is null when its
 * service could not give it, and {@code missing} says why.
 */
@Schema(name = "ReportSummary")
public record ReportSummary(
        @Schema(description = "The region filter asked for; null for the caller's whole scope.", example = "620123")
        String region,
        @Schema(example = "2021") int year,
        @Schema(description = "organization-service's report (GET /api/v1/reports/organization).", type = SchemaType.OBJECT)
        JsonNode organization,
        @Schema(description = "economy-service's report (GET /api/v1/reports/economy).", type = SchemaType.OBJECT)
        JsonNode economy,
        @Schema(description = "talent-service's report (GET /api/v1/reports/talent).", type = SchemaType.OBJECT)
        JsonNode talent,
        @Schema(description = "The reports that are null because a service was down, slow or failed.")
        List<Missing> missing) {
}
