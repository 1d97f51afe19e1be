package org.kiloguardian.gateway.bodylimit;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kiloguardian.financial.csv.ImportResource;
import org.kiloguardian.rest.problem.Problem;
import org.kiloguardian.socketio.engine.server.EngineServers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.server.communication.StreamRequestHandler;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Request bodies are small wherever nothing big belongs: {@code kilo.http.max-body-size} (1 MB) for
 * every request, except the CSV import and the UI's file upload, which keep the server-wide
 * {@code quarkus.http.limits.max-body-size} (16 MB, above the import's own file limit so that an
 * oversized statement still gets the import's report), and Engine.IO (Socket.IO), which answers
 * bodies over its {@code maxPayload} as its protocol says.
 *
 * <p>A body over the limit is answered 413 with a problem body: at once when its Content-Length says
 * so, without reading it; and when it comes in HTTP/1.1 chunks without one, as soon as the bytes
 * counted pass the limit (Vert.x' {@link BodyHandler} reads and counts it, and hands the body on to
 * REST and the UI, which both take a body read before them; a chunked import's file goes to the
 * uploads directory, as REST's own parser would put it, and REST takes the parsed form). The
 * connection is then closed: the rest of such a body is not worth reading.
 *
 * <p>A chunked upload to the UI is left to Quarkus, which counts it against the large limit and
 * answers a bare 413: the UI reads its uploads itself and could not take one parsed before it.
 * Browsers send uploads with a Content-Length.
 *
 * <p>An HTTP/2 body without a Content-Length cannot be read ahead like that: Quarkus REST pauses
 * every HTTP/2 request it is handed, which fails once the request has ended. For those, REST itself
 * counts against this limit (the limit Quarkus hands it for bodies without a length) and answers a
 * bare 413.
 */
@ApplicationScoped
public class RequestBodyLimit {

    /**
     * After Quarkus' authentication and authorization (orders -200 to -100; the login form reads its
     * own small body there), before Socket.IO's body handler (-11) and Quarkus' own size check (-2).
     */
    static final int ORDER = -50;
    /** Just after Quarkus' own size check (-2), which hands REST the server-wide limit. */
    static final int STREAMED_ORDER = -1;

    static final String KEY = "kilo.http.max-body-size";
    static final String LARGE_KEY = "quarkus.http.limits.max-body-size";

    /** Where the Vaadin servlet takes uploads (the CSV import tab's Upload posts there). */
    private static final String VAADIN_UPLOADS = "/" + StreamRequestHandler.DYN_RES_PREFIX;
    /** Set while this limit counts a chunked body ({@link Counted}), so its failure handler knows the 413 is its own. */
    private static final String COUNTING = RequestBodyLimit.class.getName() + ".counting";
    /** Set for an HTTP/2 body without a length: REST is to count it against this limit. */
    private static final String STREAMED = RequestBodyLimit.class.getName() + ".streamed";

    private final long limit;
    private final long largeLimit;
    private final BodyHandler counter;
    private final BodyHandler importCounter;
    private final ObjectMapper json;

    RequestBodyLimit(BodyLimitConfig config,
            // quarkus.* keys, owned by the HTTP extension: no mapping of ours can hold them
            @ConfigProperty(name = LARGE_KEY) Optional<MemorySize> largeLimit,
            @ConfigProperty(name = "quarkus.http.body.uploads-directory") String uploadsDirectory, ObjectMapper json) {
        this.limit = config.maxBodySize().asLongValue();
        this.largeLimit = largeLimit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.counter = BodyHandler.create(false).setBodyLimit(this.limit);
        this.importCounter = BodyHandler.create(uploadsDirectory).setBodyLimit(this.largeLimit).setDeleteUploadedFilesOnEnd(true);
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check).failureHandler(this::countedTooMuch);
        router.route().order(STREAMED_ORDER).handler(context -> {
            Long allowed = context.get(STREAMED);
            if (allowed != null) {
                context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, allowed);
            }
            context.next();
        });
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        // the path the router routes by, so "/socket.io/../api/x" is not mistaken for Socket.IO
        String path = context.normalizedPath();
        if (hasItsOwnLimit(path)) {
            context.next();
            return;
        }
        boolean large = takesLargeBodies(request.method(), path);
        long allowed = large ? largeLimit : limit;
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (length(declared) > allowed) {
                refuse(context, allowed, large);
            } else {
                context.next();
            }
            return;
        }
        if (!large && request.version() == HttpVersion.HTTP_2) {
            context.put(STREAMED, allowed);
        } else if (request.version() != HttpVersion.HTTP_2 && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                && !(large && path.startsWith(VAADIN_UPLOADS))) {
            if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                context.response().writeContinue(); // the client waits for it before it sends the body
            }
            context.put(COUNTING, new Counted(allowed, large));
            (large ? importCounter : counter).handle(context);
            return;
        }
        // a large body without a length over HTTP/2, or a chunked upload to the UI: Quarkus counts it
        context.next();
    }

    private void countedTooMuch(RoutingContext context) {
        Counted counted = context.get(COUNTING);
        if (counted == null) {
            context.next();
        } else if (!context.response().headWritten()
                // a file part cut off at the limit fails the request as "Streaming aborted" before the 413
                // does, and Vert.x logs its closed file's drain handler (eclipse-vertx/vert.x#4165)
                && (context.statusCode() == 413 || context.request().bytesRead() > counted.allowed())) {
            refuse(context, counted.allowed(), counted.large());
        } else if (!(context.response().ended() && context.response().getStatusCode() == 413)) {
            context.next();
        } // else: the rest of a body this limit refused, cut off by the closed connection ("Connection was closed",
          // or "Pipe closed" for a file part still being written); an oversized body is no server error
    }

    private void refuse(RoutingContext context, long allowed, boolean large) {
        String path = context.normalizedPath();
        Problem problem = Problem.of(413, "Content Too Large", "The request body is larger than the " + allowed
                + " bytes accepted at " + path + " (" + (large ? LARGE_KEY : KEY) + ").", path);
        HttpServerResponse response = context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (context.request().version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> context.request().connection().close());
        }
        try {
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.end();
        }
    }

    private record Counted(long allowed, boolean large) {
    }

    private static boolean hasItsOwnLimit(String path) {
        return isUnder(path, EngineServers.SOCKET_IO_PATH) || isUnder(path, EngineServers.RAW_ENGINE_PATH);
    }

    private static boolean takesLargeBodies(HttpMethod method, String path) {
        return HttpMethod.POST.equals(method) && (ImportResource.PATH.equals(path) || path.startsWith(VAADIN_UPLOADS));
    }

    /** "/socket.io/" covers "/socket.io" and everything below it. */
    private static boolean isUnder(String path, String prefix) {
        return path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1));
    }

    private static long length(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1; // Netty answers a malformed Content-Length itself
        }
    }
}
