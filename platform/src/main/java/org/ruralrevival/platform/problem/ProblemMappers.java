package org.ruralrevival.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into problem+json. Bad input of any kind is a 4xx with the rule that was
 * broken; only a real fault is a 500, and then the caller sees an error id, never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(e, locale(headers), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response restViolation(ResteasyReactiveViolationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(v -> kindOf(v.getPropertyPath()) == ElementKind.RETURN_VALUE)) {
            return internal(e, headers, uri);
        }
        return violations(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(Problems.invalid(InputProblems.of(e.getConstraintViolations())), locale(headers), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response instantiation(ValueInstantiationException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 2)
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(InputProblems.of(e), locale(headers), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(new ProblemException(401, "unauthorized", "problem.unauthorized")
                .withHeader("WWW-Authenticate", "Bearer"), locale(headers), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(null, headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(Problems.forbidden("problem.forbidden"), locale(headers), uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(new ProblemException(412, "precondition-failed", "problem.concurrent-change"),
                locale(headers), uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return optimisticLock(null, headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, headers, uri);
        }
        if (status == 404 && e.getCause() instanceof IllegalArgumentException
                || status == 404 && e.getCause() instanceof java.time.format.DateTimeParseException) {
            // JAX-RS answers 404 when a query or path parameter does not convert; for the caller it is bad input.
            String value = e.getCause().getMessage() == null ? "?" : e.getCause().getMessage();
            return ProblemResponses.of(Problems.badRequest("request.parameter.malformed", value), locale(headers), uri);
        }
        ProblemException p = new ProblemException(status, "http-" + status, "problem.http." + status);
        Response.ResponseBuilder answer = ProblemResponses.builder(p, locale(headers), uri);
        if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
            answer.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ProblemException p) {
                return ProblemResponses.of(p, locale(headers), uri);
            }
            if (c instanceof org.hibernate.exception.ConstraintViolationException cv) {
                // A key raced past the service's own check: the caller's data clashes, nothing broke.
                return ProblemResponses.of(Problems.conflict(constraintRule(cv.getErrorCode())), locale(headers), uri);
            }
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return optimisticLock(null, headers, uri);
            }
        }
        String errorId = UUID.randomUUID().toString();
        // Only the exception type and message: bound parameters (which may be personal data) are never logged.
        LOG.errorf("internal error %s on %s: %s", errorId, uri == null ? "?" : uri.getPath(), e);
        if (LOG.isDebugEnabled()) {
            LOG.debug("stack of " + errorId, e);
        }
        return ProblemResponses.of(new ProblemException(500, "internal", "problem.internal", errorId),
                locale(headers), uri);
    }

    /** MySQL and MariaDB error codes: 1451 a row still referenced, 1452 a reference to nothing, else a duplicate. */
    public static String constraintRule(int errorCode) {
        return switch (errorCode) {
            case 1451 -> "problem.still-referenced";
            case 1452 -> "problem.reference-missing";
            default -> "problem.duplicate";
        };
    }

    static Locale locale(HttpHeaders headers) {
        return Locales.of(headers);
    }

    private static ElementKind kindOf(Path path) {
        ElementKind last = null;
        for (Path.Node node : path) {
            last = node.getKind();
        }
        return last;
    }

}
