package org.ruralrevival.organization.servicecenter;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceCenter")
public record ServiceCenterDto(
        @Schema(example = "301") long id,
        @Schema(example = "150621101201") String regionCode,
        @Schema(example = "树林召村党群服务中心") String name,
        @Schema(description = "Floor area in m².", example = "420.50") BigDecimal area,
        @Schema(example = "m2") String areaUnit,
        @Schema(example = "IN_USE") CenterState state,
        @Schema(description = "Also the ETag; send it back in If-Match to change the centre.", example = "0") long version) {

    public static final String SQUARE_METRE = "m2";

    public static ServiceCenterDto of(ServiceCenter c) {
        return new ServiceCenterDto(c.id, c.regionCode, c.name, c.area, SQUARE_METRE, c.state, c.version);
    }
}
