package org.ruralrevival.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** Builds the problem+json answer for a refusal, worded for the caller's locale. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemException e, Locale locale, UriInfo uri) {
        return builder(e, locale, uri).build();
    }

    public static Response.ResponseBuilder builder(ProblemException e, Locale locale, UriInfo uri) {
        Problem body = toProblem(e, locale, uri == null ? null : uri.getPath());
        Response.ResponseBuilder answer = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body);
        e.headers().forEach(answer::header);
        return answer;
    }

    public static Problem toProblem(ProblemException e, Locale locale, String instance) {
        List<Problem.Error> errors = e.errors().stream()
                .map(f -> new Problem.Error(f.field(), f.rule(),
                        f.literalMessage() != null ? f.literalMessage() : Messages.get(locale, f.rule(), f.args())))
                .toList();
        String title = Messages.get(locale, "title." + e.type());
        if (title.equals("title." + e.type())) {
            title = Messages.get(locale, "title.default");
        }
        String detail;
        if (!errors.isEmpty() && "problem.validation".equals(e.rule())) {
            detail = errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : Messages.get(locale, "problem.validation", errors.size());
        } else {
            detail = Messages.get(locale, e.rule(), e.args());
        }
        return new Problem("/problems/" + e.type(), title, e.status(), detail, instance, e.rule(), errors);
    }
}
