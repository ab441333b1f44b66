package org.ruralrevival.organization.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @NotNull @Schema(description = "The organization that held it.", example = "12", required = true) Long organizationId,
        @NotNull @Schema(example = "THEME_DAY", required = true) ActivityKind kind,
        @NotNull @Schema(description = "Not in the future.", example = "2021-06-28", required = true) LocalDate date,
        @NotBlank @Size(max = 200) @Schema(example = "学习党史 传承红色基因", required = true) String topic,
        @Size(max = 5000) @Schema(description = "Ids of the members who attended: of the organization or one below it.",
                example = "[101, 102]") List<@NotNull Long> attendees) {
}
