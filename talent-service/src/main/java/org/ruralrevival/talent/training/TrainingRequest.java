package org.ruralrevival.talent.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.PersonRef;

@Schema(name = "TrainingRequest")
public record TrainingRequest(
        @NotBlank @Schema(description = "The region whose people it trained (county, town or village code).",
                example = "620123104000", required = true) String regionCode,
        @NotNull @Schema(description = "The day it was held; not in the future.", example = "2021-04-16", required = true)
        LocalDate date,
        @NotBlank @Size(max = 200) @Schema(example = "村党组织书记“头雁”培训", required = true) String topic,
        @NotBlank @Size(max = 100) @Schema(example = "夏官营镇党委", required = true) String organizer,
        @Size(max = 200) @Schema(example = "夏官营镇党群服务中心") String place,
        @NotNull @DecimalMin(value = "0.5") @DecimalMax(value = "1000") @Digits(integer = 4, fraction = 1)
        @Schema(example = "6.5", required = true) BigDecimal hours,
        @Size(max = 5000) @Schema(description = "Who attended: a name each, and the member id when known.",
                example = "[{\"name\":\"王建国\",\"memberId\":10234},{\"name\":\"李红\"}]")
        List<@Valid PersonRef> attendees) {
}
