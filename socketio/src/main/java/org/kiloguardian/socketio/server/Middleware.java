package org.kiloguardian.socketio.server;

/**
 * Runs for every CONNECT to a namespace before the socket joins it; calls exactly one of
 * {@link Next#proceed()} or {@link Next#reject}, possibly later (it may be asynchronous).
 */
@FunctionalInterface
public interface Middleware {

    void handle(SocketIoSocket socket, Next next);

    interface Next {
        void proceed();

        /** Refuses the connection: the client receives CONNECT_ERROR {@code {message, data}}. */
        void reject(String message, Object data);
    }
}
