package org.ruralrevival.platform.outbox;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed; {@code next} is the cursor for the following pull. */
@Schema(name = "ChangePage")
public record ChangePage(
        List<ChangeDto> items,
        @Schema(description = "Pass as ?after= on the next pull.", example = "1042") long next,
        @Schema(description = "True when more changes are waiting right now.") boolean hasMore) {
}
