package org.kiloguardian.notifications.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * An ntfy topic URL split into the server and the topic: {@code https://ntfy.sh/grandma-pills-x7}
 * publishes to {@code https://ntfy.sh/} with topic {@code grandma-pills-x7}; a server under a path
 * ({@code https://home.lan/ntfy/pills}) to {@code https://home.lan/ntfy/}.
 */
public record NtfyTopic(URI server, String name) {

    /** ntfy's own rule for topic names. */
    private static final Pattern NAME = Pattern.compile("[-_A-Za-z0-9]{1,64}");

    /** @throws IllegalArgumentException saying what is wrong, for the household to read */
    public static NtfyTopic parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a URL");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("must be an http(s) address like https://ntfy.sh/your-secret-topic");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("must be the topic's address alone, without ?query, #fragment or user:password@");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        int slash = path.lastIndexOf('/');
        String name = slash < 0 ? "" : path.substring(slash + 1);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("must end in the topic's name (letters, digits, - and _), like https://ntfy.sh/your-secret-topic");
        }
        String base = path.substring(0, slash + 1);
        return new NtfyTopic(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + base), name);
    }

    /** ntfy takes JSON messages at the server's root. */
    public URI publishUri() {
        return server;
    }

    public boolean plainHttp() {
        return "http".equals(server.getScheme());
    }
}
