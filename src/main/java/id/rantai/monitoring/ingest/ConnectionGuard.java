package id.rantai.monitoring.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps one device port's connections, per remote address and in all: a client opening thousands of
 * sockets is refused at the door, closed at once, so it cannot crowd out the seals. Refusals are
 * counted in {@code rantai.device.connections.refused} by port and reason; open connections in
 * {@code rantai.device.connections}.
 */
@ChannelHandler.Sharable
final class ConnectionGuard extends ChannelInboundHandlerAdapter {
    private static final AttributeKey<InetAddress> COUNTED = AttributeKey.valueOf("rantai.counted");

    private final int perAddress;
    private final int total;
    private final ConcurrentHashMap<InetAddress, AtomicInteger> byAddress = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Counter refusedPerAddress;
    private final Counter refusedTotal;

    ConnectionGuard(String channel, int perAddress, int total, MeterRegistry meters) {
        this.perAddress = perAddress;
        this.total = total;
        this.refusedPerAddress =
                meters.counter("rantai.device.connections.refused", "channel", channel, "reason", "per-address");
        this.refusedTotal = meters.counter("rantai.device.connections.refused", "channel", channel, "reason", "total");
        meters.gauge(
                "rantai.device.connections",
                java.util.List.of(io.micrometer.core.instrument.Tag.of("channel", channel)),
                open);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        InetAddress address = ctx.channel().remoteAddress() instanceof InetSocketAddress a ? a.getAddress() : null;
        if (open.incrementAndGet() > total) {
            open.decrementAndGet();
            refusedTotal.increment();
            ctx.close();
            return;
        }
        if (address != null) {
            AtomicInteger mine = byAddress.computeIfAbsent(address, k -> new AtomicInteger());
            if (mine.incrementAndGet() > perAddress) {
                mine.decrementAndGet();
                open.decrementAndGet();
                refusedPerAddress.increment();
                ctx.close();
                return;
            }
            ctx.channel().attr(COUNTED).set(address);
        } else {
            ctx.channel().attr(COUNTED).set(InetAddress.getLoopbackAddress());
            byAddress
                    .computeIfAbsent(InetAddress.getLoopbackAddress(), k -> new AtomicInteger())
                    .incrementAndGet();
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        InetAddress counted = ctx.channel().attr(COUNTED).getAndSet(null);
        if (counted != null) {
            open.decrementAndGet();
            byAddress.computeIfPresent(counted, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
        }
        super.channelInactive(ctx);
    }

    int open() {
        return open.get();
    }
}
