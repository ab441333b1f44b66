package org.ruralrevival.gateway.view;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The views' refusals as RFC 9457 problem details, worded in the caller's language
 * ({@code view-messages} bundle, English and Chinese), shaped like the services' own.
 */
final class ViewProblems {

    static final String MEDIA_TYPE = "application/problem+json";

    private ViewProblems() {
    }

    /** 400 naming the one refused query or path parameter. */
    static WebApplicationException invalid(Caller caller, String field, String rule, Object value) {
        Locale locale = locale(caller);
        String message = text(locale, rule, value);
        ObjectNode problem = problem("validation", text(locale, "view.invalid.title"), 400, message);
        problem.put("rule", rule);
        problem.putArray("errors").addObject().put("field", field).put("rule", rule).put("message", message);
        return answer(caller, 400, problem.toString());
    }

    /**
     * The caller's own refusal by a service (401, 403, the village unknown): the service's problem
     * body goes out unchanged, a body of another kind is replaced by a problem with its status.
     */
    private static WebApplicationException passOn(Caller caller, Part part) {
        if (part.rawBody() != null && part.contentType() != null && part.contentType().contains("problem+json")) {
            return answer(caller, part.status(), part.rawBody().toString());
        }
        Response.Status known = Response.Status.fromStatusCode(part.status());
        String title = known == null ? "Refused" : known.getReasonPhrase();
        String slug = known == null ? "refused" : title.toLowerCase(Locale.ROOT).replace(' ', '-');
        return answer(caller, part.status(), problem(slug, title, part.status(), part.detail()).toString());
    }

    /**
     * Throws when a service refused the caller rather than failed: a 401 or 403 is about the
     * caller's token or region, a 400 about the request, and a 404 of a part named in
     * {@code notFoundParts} means the thing the view is about does not exist. Hiding any of
     * these among the missing parts would answer 200 to a request that should not succeed.
     */
    static void passOnRefusals(Caller caller, List<Part> parts, Set<String> notFoundParts) {
        for (int status : new int[] {401, 403, 400}) {
            for (Part part : parts) {
                if (part.status() == status) {
                    throw passOn(caller, part);
                }
            }
        }
        for (Part part : parts) {
            if (part.status() == 404 && notFoundParts.contains(part.name())) {
                throw passOn(caller, part);
            }
        }
    }

    private static ObjectNode problem(String type, String title, int status, String detail) {
        ObjectNode problem = JsonNodeFactory.instance.objectNode();
        problem.put("type", "/problems/" + type).put("title", title).put("status", status).put("detail", detail);
        return problem;
    }

    private static WebApplicationException answer(Caller caller, int status, String body) {
        return new WebApplicationException(Response.status(status)
                .type(MEDIA_TYPE)
                .header(Caller.REQUEST_ID, caller.requestId())
                .entity(body)
                .build());
    }

    private static Locale locale(Caller caller) {
        if (caller.acceptLanguage() == null || caller.acceptLanguage().isBlank()) {
            return Locale.ROOT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(caller.acceptLanguage());
            Locale chosen = Locale.lookup(ranges, List.of(Locale.CHINESE, Locale.ENGLISH));
            return chosen == null ? Locale.ROOT : chosen;
        } catch (IllegalArgumentException e) {
            return Locale.ROOT;
        }
    }

    private static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("view-messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
