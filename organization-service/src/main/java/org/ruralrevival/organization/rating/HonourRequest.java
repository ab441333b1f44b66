package org.ruralrevival.organization.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An honour; organization, year, kind and title identify it, so sending it again updates the issuer. */
@Schema(name = "HonourRequest")
public record HonourRequest(
        @NotNull @Schema(example = "RED_FLAG_VILLAGE", required = true) HonourKind kind,
        @NotNull @Min(1921) @Max(2100) @Schema(example = "2020", required = true) Integer year,
        @NotBlank @Size(max = 200) @Schema(example = "2020年度“红旗村”党组织", required = true) String title,
        @Size(max = 200) @Schema(example = "中共许昌市建安区委") String issuer) {
}
