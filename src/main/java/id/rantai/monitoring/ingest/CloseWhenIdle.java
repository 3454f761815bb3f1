package id.rantai.monitoring.ingest;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;

/** Closes a device connection that has been silent too long; a slow or dead sender holds nothing. */
@ChannelHandler.Sharable
public final class CloseWhenIdle extends ChannelInboundHandlerAdapter {
    public static final CloseWhenIdle INSTANCE = new CloseWhenIdle();

    private CloseWhenIdle() {}

    /** The idle timer for a pipeline: reads only, since devices talk and servers answer. */
    public static IdleStateHandler after(int seconds) {
        return new IdleStateHandler(seconds, 0, 0);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            ctx.close();
        } else {
            super.userEventTriggered(ctx, evt);
        }
    }
}
