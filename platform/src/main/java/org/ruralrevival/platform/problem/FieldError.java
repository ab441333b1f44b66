package org.ruralrevival.platform.problem;

/**
 * One refused field of a request: the JSON path of the field, the message key of the broken
 * rule and its arguments. {@code literalMessage} is used when the text comes already worded
 * (Bean Validation interpolates its own messages).
 */
public record FieldError(String field, String rule, Object[] args, String literalMessage) {

    public static FieldError of(String field, String rule, Object... args) {
        return new FieldError(field, rule, args, null);
    }

    public static FieldError worded(String field, String rule, String message) {
        return new FieldError(field, rule, new Object[0], message);
    }
}
