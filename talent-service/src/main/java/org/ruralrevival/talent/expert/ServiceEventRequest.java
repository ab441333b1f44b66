package org.ruralrevival.talent.expert;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertServiceRequest")
public record ServiceEventRequest(
        @NotNull @Schema(example = "2021-05-12", required = true) LocalDate date,
        @NotNull @Min(1) @Max(1000) @Schema(description = "Sessions held (场次).", example = "2", required = true) Integer sessions,
        @NotNull @Min(0) @Max(100000) @Schema(description = "People trained (人次).", example = "45", required = true)
        Integer peopleTrained,
        @Size(max = 200) @Schema(example = "玉米螟综合防治") String topic,
        @Schema(description = "The village served, when one.", example = "150621101201") String villageCode) {
}
