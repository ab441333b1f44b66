package org.ruralrevival.organization.rating;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.partyorg.ExternalRef;

/** A rating as a caller records or corrects it. One per organization and year. */
@Schema(name = "RatingRequest")
public record RatingRequest(
        @NotNull @Schema(example = "1", required = true) Long organizationId,
        @NotNull @Min(1921) @Max(2100) @Schema(example = "2021", required = true) Integer year,
        @NotNull @Schema(example = "FIRST", required = true) ClassGrade classGrade,
        @Min(1) @Max(10) @Schema(description = "十星级: 1 to 10 stars.", example = "8") Integer stars,
        @Schema(description = "最强党支部; only for branch-level organizations.", example = "true") Boolean strongestBranch,
        @Schema(description = "Meets the 四化 standard.", example = "true") Boolean standardized,
        @Schema(description = "Not before 1 January of the rated year.", example = "2022-01-15") LocalDate assessedOn,
        @Valid ExternalRef externalRef) {
}
