package org.ruralrevival.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal that becomes an RFC 9457 problem. It carries message keys, not text, so the
 * answer can be worded in the caller's language ({@code Accept-Language}) when it is mapped.
 *
 * <p>{@code rule} is the message key of the broken rule; it is also returned to the caller so
 * programs can branch on it without parsing prose.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String rule;
    private final transient Object[] args;
    private final List<FieldError> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String type, String rule, Object... args) {
        this(status, type, rule, List.of(), args);
    }

    public ProblemException(int status, String type, String rule, List<FieldError> errors, Object... args) {
        // No stack trace: refusals are expected outcomes, and the message key is the whole story.
        super(rule, null, false, false);
        this.status = status;
        this.type = type;
        this.rule = rule;
        this.args = args;
        this.errors = List.copyOf(errors);
    }

    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String rule() {
        return rule;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
