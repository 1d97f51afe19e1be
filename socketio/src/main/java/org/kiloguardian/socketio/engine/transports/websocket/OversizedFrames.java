package org.kiloguardian.socketio.engine.transports.websocket;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;

/**
 * Tells the client why: a frame over the max frame size ({@code kilo.realtime.max-payload}) makes
 * Netty's decoder fail, and Vert.x then closes the TCP connection without a close frame (the client
 * sees 1006). Sitting between the decoder and Vert.x, this handler first sends the close frame
 * 1009 "message too big", as the reference server (ws' maxPayload) does.
 */
final class OversizedFrames extends ChannelInboundHandlerAdapter {

    private static final String NAME = "kilo-oversized-frames";

    /** Installs the handler in front of the given (Vert.x') handler; on the channel's event loop. */
    static void install(ChannelHandlerContext vertxHandler) {
        if (vertxHandler != null && vertxHandler.pipeline().get(NAME) == null) {
            vertxHandler.pipeline().addBefore(vertxHandler.name(), NAME, new OversizedFrames());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (WebSocketErrors.tooBig(cause) && ctx.channel().isActive()) {
            ctx.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.MESSAGE_TOO_BIG));
        }
        ctx.fireExceptionCaught(cause);
    }
}
