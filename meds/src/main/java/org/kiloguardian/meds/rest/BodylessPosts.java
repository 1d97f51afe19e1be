package org.kiloguardian.meds.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The old clients post "take" and "skip" with an empty body, with no Content-Type or a form one
 * (HTTP clients add it by default), which REST would refuse with 415. An empty POST under
 * /api/meds is read as JSON, and an empty JSON body is an absent (optional) request.
 */
public class BodylessPosts {

    @ServerRequestFilter(preMatching = true)
    public void readAsJson(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod()) && isEmpty(request)
                && request.getUriInfo().getPath().startsWith("/api/meds")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean isEmpty(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
        return "0".equals(length) || (length == null && !chunked);
    }
}
