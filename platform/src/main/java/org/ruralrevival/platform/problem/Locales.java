package org.ruralrevival.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** Chinese when the caller's Accept-Language prefers zh, English otherwise. */
public final class Locales {

    private Locales() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Locale.ROOT;
        }
        try {
            for (Locale l : headers.getAcceptableLanguages()) {
                if ("zh".equals(l.getLanguage())) {
                    return Messages.CHINESE;
                }
                if (!"*".equals(l.getLanguage())) {
                    return Locale.ROOT;
                }
            }
        } catch (RuntimeException malformedHeader) {
            return Locale.ROOT;
        }
        return Locale.ROOT;
    }
}
