package org.ruralrevival.organization.servicecenter;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceCenterRequest")
public record ServiceCenterRequest(
        @NotBlank @Schema(description = "The village; one centre per village, so POSTing it again updates.",
                example = "150621101201", required = true) String regionCode,
        @Size(max = 200) @Schema(example = "树林召村党群服务中心") String name,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2)
        @Schema(description = "Floor area in m².", example = "420.50", required = true) BigDecimal area,
        @NotNull @Schema(example = "IN_USE", required = true) CenterState state) {
}
