package org.ruralrevival.talent.common;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.Problems;

/**
 * A person named in a ledger (a cultivator, an introducer, an attendee): by name, by the member id
 * organization-service gave them, or both. Only the member id says two entries are the same person
 * for sure; without one, the name does.
 */
@Schema(name = "PersonRef")
public record PersonRef(
        @Size(max = 50) @Schema(example = "王建国") String name,
        @Min(1) @Schema(description = "The person's member id in organization-service, when known.", example = "10234")
        Long memberId) {

    /** What tells two entries apart: the member id when given, else the trimmed name. */
    public String identity() {
        return memberId != null ? "member:" + memberId : "name:" + (name == null ? "" : name.trim());
    }

    public String label() {
        return name != null && !name.isBlank() ? name.trim() : "#" + memberId;
    }

    /**
     * Refuses entries without a name and id (or without a name when {@code nameRequired}) and the
     * same person listed twice; returns how many distinct people the list names.
     */
    public static int requireDistinct(String field, List<PersonRef> people, boolean nameRequired) {
        if (people == null) {
            return 0;
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            PersonRef p = people.get(i);
            String at = field + "[" + i + "]";
            if (p == null) {
                errors.add(FieldError.of(at, "talent.person.name-or-id"));
                continue;
            }
            boolean hasName = p.name() != null && !p.name().isBlank();
            if (nameRequired && !hasName) {
                errors.add(FieldError.of(at + ".name", "field.required"));
            } else if (!hasName && p.memberId() == null) {
                errors.add(FieldError.of(at, "talent.person.name-or-id"));
            } else if (!seen.add(p.identity())) {
                errors.add(FieldError.of(at, "talent.person.duplicate", p.label()));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return seen.size();
    }
}
