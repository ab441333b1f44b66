package org.ruralrevival.organization.rectification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 销号: closing an entry. The note is checked by the service rather than by a constraint: a
 * close without one is a broken rule of the ledger (422), not a malformed request.
 */
@Schema(name = "RectificationClose")
public record CloseRequest(
        @Size(max = 2000) @Schema(description = "What was achieved; required.", example = "班子配齐配强，组织生活规范，已整顿提升",
                required = true) String closingNote,
        @NotNull @Schema(description = "Not before openedOn.", example = "2021-11-30", required = true) LocalDate closedOn) {
}
