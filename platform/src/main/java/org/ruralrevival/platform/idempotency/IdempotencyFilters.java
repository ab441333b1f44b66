package org.ruralrevival.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.problem.ProblemResponses;

/**
 * {@code Idempotency-Key} on POST: the first request runs and its 2xx answer is stored; a retry
 * with the same key and the same body gets that answer again without running twice; the same
 * key with another body is a 422. The key is scoped to caller, method and path.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilters.class.getName() + ".claimed";

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper mapper;

    @ServerRequestFilter
    public Optional<Response> beforePost(ContainerRequestContext request, HttpHeaders headers) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || key.isBlank() || !"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        if (key.length() > 200) {
            return Optional.of(refuse(new ProblemException(400, "bad-request", "problem.idempotency.too-long"), request, headers));
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));

        String caller = request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null
                ? "anonymous" : request.getSecurityContext().getUserPrincipal().getName();
        String keyHash = sha256((caller + '\n' + request.getMethod() + '\n' + request.getUriInfo().getPath() + '\n' + key)
                .getBytes(StandardCharsets.UTF_8));
        String requestHash = sha256(body);

        IdempotencyStore.Claim claim = store.claim(keyHash, requestHash);
        if (claim instanceof IdempotencyStore.Replay replay) {
            return Optional.of(replay(replay.record()));
        }
        if (claim instanceof IdempotencyStore.Mismatch) {
            return Optional.of(refuse(new ProblemException(422, "idempotency", "problem.idempotency.reused", key),
                    request, headers));
        }
        if (claim instanceof IdempotencyStore.InProgress) {
            return Optional.of(refuse(new ProblemException(409, "idempotency", "problem.idempotency.in-progress", key)
                    .withHeader("Retry-After", "1"), request, headers));
        }
        request.setProperty(CLAIMED, keyHash);
        return Optional.empty();
    }

    @ServerResponseFilter
    public void afterPost(ContainerRequestContext request, ContainerResponseContext response) {
        Object keyHash = request.getProperty(CLAIMED);
        if (keyHash == null) {
            return;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            String body;
            try {
                body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            store.complete((String) keyHash, response.getStatus(),
                    response.getMediaType() == null ? null : response.getMediaType().toString(),
                    response.getHeaderString("Location"), response.getHeaderString("ETag"), body);
        } else {
            store.release((String) keyHash);
        }
    }

    private static Response replay(IdempotencyRecord record) {
        Response.ResponseBuilder answer = Response.status(record.status).header("Idempotent-Replayed", "true");
        if (record.body != null) {
            answer.entity(record.body).type(record.contentType);
        }
        if (record.location != null) {
            answer.header("Location", record.location);
        }
        if (record.etag != null) {
            answer.header("ETag", record.etag);
        }
        return answer.build();
    }

    private static Response refuse(ProblemException problem, ContainerRequestContext request, HttpHeaders headers) {
        return ProblemResponses.of(problem, org.ruralrevival.platform.problem.Locales.of(headers), request.getUriInfo());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
