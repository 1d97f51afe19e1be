package org.kiloguardian.gateway.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 request written by hand on a socket, so a test decides what reaches the server byte for
 * byte: a request target exactly as an attacker typed it ({@code /%61pi/...}, {@code //api/...},
 * {@code /api/./...}, which HTTP client libraries normalise away), and whether the body declares its
 * length or comes in chunks. The body is written from a second thread while the answer is read: a
 * server may answer (and close) before the client has sent everything, as it should.
 */
public final class RawHttp {

    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** A request with a UTF-8 body of declared length (none when {@code body} is null). */
    public static Answer send(URI base, String method, String target, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try {
            return exchange(base.getPort(), method, target, headers, body == null ? "" : "Content-Length: " + content.length + "\r\n",
                    out -> out.write(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code body} in chunks of {@code chunkSize} bytes, without a Content-Length. */
    public static Answer chunked(int port, String method, String path, Map<String, String> headers, byte[] body, int chunkSize)
            throws IOException, InterruptedException {
        return exchange(port, method, path, headers, "Transfer-Encoding: chunked\r\n", out -> {
            for (int offset = 0; offset < body.length; offset += chunkSize) {
                int length = Math.min(chunkSize, body.length - offset);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, offset, length);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** A Content-Length of {@code declared} bytes, followed by {@code body} (which may be shorter). */
    public static Answer declared(int port, String method, String path, Map<String, String> headers, long declared, byte[] body)
            throws IOException, InterruptedException {
        return exchange(port, method, path, headers, "Content-Length: " + declared + "\r\n", out -> out.write(body));
    }

    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    private static Answer exchange(int port, String method, String path, Map<String, String> headers, String framing,
            BodyWriter body) throws IOException, InterruptedException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(framing).append("\r\n");
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                    body.write(out);
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed before the whole body was sent
                }
            }, "raw-http-writer");
            writer.start();
            Answer answer = read(socket.getInputStream());
            writer.join(30_000);
            return answer;
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("connection closed in the middle of the answer: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
