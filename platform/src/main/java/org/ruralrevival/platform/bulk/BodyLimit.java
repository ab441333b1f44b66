package org.ruralrevival.platform.bulk;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.ruralrevival.platform.problem.ProblemException;

/**
 * The HTTP body limit is raised for bulk uploads, which are streamed; every other endpoint reads
 * its body whole, so a declared length above {@code platform.http.max-record-body} is refused
 * there (413) before anything is read.
 */
public class BodyLimit {

    @ConfigProperty(name = "platform.http.max-record-body", defaultValue = "10485760")
    long maxRecordBody;

    @ServerRequestFilter(preMatching = true)
    public Optional<jakarta.ws.rs.core.Response> limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || request.getUriInfo().getPath().endsWith("/bulk")) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(length.trim()) > maxRecordBody) {
                throw new ProblemException(413, "http-413", "bulk.body.too-large", maxRecordBody);
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
