package org.ruralrevival.gateway.proxy;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The request id the gateway logs and passes on. It accepts a caller's id by the rule the services
 * apply (platform {@code RequestIds}: 1–128 characters safe in log lines and headers), so the gateway
 * and the services log the same id; anything else is replaced.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final int MAX_LENGTH = 128;

    private RequestIds() {
    }

    /** The caller's id when it is acceptable, else a new one. */
    public static String acceptOrCreate(String offered) {
        return acceptable(offered) ? offered : create();
    }

    /** A loop, not a regex: it runs on the event loop for every request. */
    static boolean acceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "._:@/+=-".indexOf(c) >= 0;
            if (!safe) {
                return false;
            }
        }
        return true;
    }

    /**
     * A random (version 4) UUID. A request id must be unique, not unpredictable, so it is drawn from
     * the thread's own generator: {@code UUID.randomUUID()} takes SecureRandom, shared by every
     * event-loop thread, on each request that arrives without an id.
     */
    static String create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
