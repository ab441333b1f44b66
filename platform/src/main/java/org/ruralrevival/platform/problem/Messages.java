package org.ruralrevival.platform.problem;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words problem titles and details in English or Chinese. A service's own rules live in its
 * {@code messages[_zh].properties}; shared ones in {@code platform-messages[_zh].properties}.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.CHINESE;
    private static final List<String> BUNDLES = List.of("messages", "platform-messages");

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return key;
        }
        Object[] worded = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            worded[i] = args[i] instanceof Problems.MessageRef ref ? get(locale, ref.key()) : args[i];
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length && i < worded.length; i++) {
            if (formats[i] == null && worded[i] instanceof Number) {
                // A plain {0} must not print an id or a year as "1,234".
                NumberFormat plain = NumberFormat.getInstance(Locale.ROOT);
                plain.setGroupingUsed(false);
                plain.setMaximumFractionDigits(20);
                format.setFormatByArgumentIndex(i, plain);
            }
        }
        return format.format(worded);
    }

    public static boolean has(String key) {
        return pattern(Locale.ROOT, key) != null;
    }

    private static String pattern(Locale locale, String key) {
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle rb = ResourceBundle.getBundle(bundle, locale,
                        Thread.currentThread().getContextClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (rb.containsKey(key)) {
                    return rb.getString(key);
                }
            } catch (MissingResourceException ignored) {
                // the service has no bundle of that name: try the next one
            }
        }
        return null;
    }
}
