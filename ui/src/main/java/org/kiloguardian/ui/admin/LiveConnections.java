package org.kiloguardian.ui.admin;

/**
 * How many real-time (Socket.IO) connections are open. The gateway owns the Socket.IO server and
 * provides it; the ui only knows this question, never the gateway.
 */
public interface LiveConnections {

    int count();
}
