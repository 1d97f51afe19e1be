package org.kiloguardian.gateway.realtime;

import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.jboss.resteasy.reactive.RestQuery;
import org.kiloguardian.gateway.realtime.emit.RealtimeEmitter;
import org.kiloguardian.gateway.realtime.household.EventPayloads;
import org.kiloguardian.gateway.realtime.household.Notification;

/**
 * Test-only: a page that uses socket.io-client's browser bundle exactly as a dashboard would, the
 * bundle itself (from the npm package), and a REST call that pushes a {@code notification}.
 */
@Path("/api/test/realtime")
public class BrowserPushTestResource {

    private final RealtimeEmitter emitter;
    private final EventPayloads payloads;

    BrowserPushTestResource(RealtimeEmitter emitter, EventPayloads payloads) {
        this.emitter = emitter;
        this.payloads = payloads;
    }

    @GET
    @Path("page")
    @Produces("text/html")
    public String page() {
        return """
                <!doctype html>
                <html><head><meta charset="utf-8"><script src="/api/test/realtime/socket.io.min.js"></script></head>
                <body><p id="status">loading</p><ul id="events"></ul>
                <script>
                  const socket = io({ path: '/socket.io', transports: ['websocket', 'polling'] });
                  socket.on('connected', (hello) => {
                    document.getElementById('status').textContent = 'connected ' + hello.status + ' ' + socket.io.engine.transport.name;
                  });
                  socket.on('notification', (n) => {
                    const item = document.createElement('li');
                    item.textContent = n.type + ': ' + n.content;
                    document.getElementById('events').appendChild(item);
                  });
                </script></body></html>
                """;
    }

    @GET
    @Path("socket.io.min.js")
    @Produces("text/javascript")
    public String bundle() throws IOException {
        return Files.readString(NodeClient.SCRIPTS.resolve("node_modules/socket.io-client/dist/socket.io.min.js"));
    }

    @POST
    @Path("notify")
    public void notify(@RestQuery String content) {
        emitter.emit(Notification.EVENT, payloads.of(new Notification("reminder", content, Map.of("source", "test"),
                OffsetDateTime.now())));
    }
}
