package org.ruralrevival.economy.money;

import java.math.BigDecimal;
import java.util.List;
import org.ruralrevival.platform.problem.FieldError;

/**
 * Amounts in yuan as stored: DECIMAL(16,2), so at most 14 integer digits and 2 fraction digits,
 * never rounded on the way in (a third fraction digit is refused, not cut).
 */
public final class Yuan {

    public static final int INTEGER_DIGITS = 14;
    public static final int FRACTION_DIGITS = 2;

    private Yuan() {
    }

    /** Adds to {@code errors} what is wrong with an amount; null passes unless {@code required}. */
    public static void check(List<FieldError> errors, String field, BigDecimal amount, boolean required,
            boolean mayBeNegative) {
        if (amount == null) {
            if (required) {
                errors.add(FieldError.of(field, "field.required"));
            }
            return;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > FRACTION_DIGITS) {
            errors.add(FieldError.of(field, "money.fraction", amount.toPlainString()));
        } else if (plain.precision() - plain.scale() > INTEGER_DIGITS) {
            errors.add(FieldError.of(field, "money.too-large", amount.toPlainString()));
        } else if (!mayBeNegative && amount.signum() < 0) {
            errors.add(FieldError.of(field, "money.negative", amount.toPlainString()));
        }
    }

    /** The amount as stored and returned: scale 2. */
    public static BigDecimal of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(FRACTION_DIGITS);
    }
}
