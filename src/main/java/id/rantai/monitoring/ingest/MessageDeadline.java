package id.rantai.monitoring.ingest;

import io.micrometer.core.instrument.Counter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A deadline for a whole device message, not only for silence: the idle timer is reset by every
 * byte, so a client dribbling one byte a second would hold a connection for ever. The first byte
 * of a message starts the clock ({@link #started}, before the protocol's decoder); the decoded
 * message stops it ({@link #completed}, after the decoder). A message not whole in time closes the
 * connection, counted in {@code rantai.device.deadline.closed}.
 */
public final class MessageDeadline {
    private final long seconds;
    private final Counter closed;
    private ScheduledFuture<?> timer;

    MessageDeadline(long seconds, Counter closed) {
        this.seconds = seconds;
        this.closed = closed;
    }

    /** Before the decoder: raw bytes start the clock when no message is under way. */
    final ChannelInboundHandlerAdapter started = new ChannelInboundHandlerAdapter() {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (timer == null) {
                timer = ctx.executor()
                        .schedule(
                                () -> {
                                    closed.increment();
                                    ctx.close();
                                },
                                seconds,
                                TimeUnit.SECONDS);
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            stop();
            super.channelInactive(ctx);
        }
    };

    /** After the decoder: a whole message stops the clock. */
    final ChannelInboundHandlerAdapter completed = new ChannelInboundHandlerAdapter() {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            stop();
            super.channelRead(ctx, msg);
        }
    };

    private void stop() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
