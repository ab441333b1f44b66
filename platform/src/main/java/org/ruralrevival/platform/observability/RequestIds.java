package org.ruralrevival.platform.observability;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The request id that ties together the log lines of one call across the suite: the gateway sets
 * it (or keeps the caller's), every service puts it in its log lines' MDC, answers with it, passes
 * it on when it calls another service, and stores it with the outbox row so the events a request
 * caused carry it too.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key: a field of every JSON log line, {@code %X{requestId}} in the text format. */
    public static final String MDC_KEY = "requestId";
    /** The CloudEvents extension attribute (lower-case letters and digits only, by the spec). */
    public static final String CLOUD_EVENT_ATTRIBUTE = "requestid";

    /**
     * What a caller may send: printable, without spaces, quotes or line breaks (it goes into log
     * lines and headers), at most 128 characters; anything else is replaced by a new id.
     */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    private RequestIds() {
    }

    /** The caller's id when it is acceptable, else a new one. */
    public static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** The id of the request this thread works for, or null (a scheduled job, start-up). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** Makes {@code id} the current one for the log lines that follow; null or unacceptable ids are ignored. */
    public static void adopt(String id) {
        if (id != null && ACCEPTABLE.matcher(id).matches()) {
            MDC.put(MDC_KEY, id);
        }
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
    }
}
