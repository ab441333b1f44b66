package org.ruralrevival.organization.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 流动党员: a member working away from home, where and since when. */
@Schema(name = "MemberFlowing")
public record Flowing(
        @NotNull @Schema(description = "True while the member works away.", example = "true", required = true) Boolean away,
        @Size(max = 200) @Schema(description = "Where the member is (required when away).", example = "广东省深圳市宝安区")
        String where,
        @Schema(example = "2020-03-01") LocalDate since) {

    public static final Flowing NOT_AWAY = new Flowing(false, null, null);
}
