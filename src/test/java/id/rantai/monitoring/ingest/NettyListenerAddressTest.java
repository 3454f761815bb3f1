package id.rantai.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/**
 * A device port listens where it is told: on one local address (the interface facing the seals'
 * network, or loopback behind a proxy) and on no other, or on every address when none is set.
 */
class NettyListenerAddressTest {
    static final ChannelInitializer<SocketChannel> NOTHING = new ChannelInitializer<>() {
        @Override
        protected void initChannel(SocketChannel ch) {}
    };

    @Test
    void aPortBoundToOneAddressIsNotReachedThroughAnother() throws IOException {
        // Linux answers on all of 127.0.0.0/8: two local addresses without configuring anything.
        NettyListener listener = new NettyListener("127.0.0.2", 0, 1, NOTHING);
        try {
            assertThat(listener.address().getAddress().getHostAddress()).isEqualTo("127.0.0.2");
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.2", listener.port()), 2000);
                assertThat(s.isConnected()).isTrue();
            }
            assertThatThrownBy(() -> {
                        try (Socket s = new Socket()) {
                            s.connect(new InetSocketAddress("127.0.0.1", listener.port()), 2000);
                        }
                    })
                    .isInstanceOf(ConnectException.class);
        } finally {
            listener.close();
        }
    }

    @Test
    void aPortWithoutAnAddressListensOnEveryOne() throws IOException {
        NettyListener listener = new NettyListener("", 0, 1, NOTHING);
        try {
            assertThat(listener.address().getAddress().isAnyLocalAddress()).isTrue();
            for (String address : new String[] {"127.0.0.1", "127.0.0.2"}) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(address, listener.port()), 2000);
                    assertThat(s.isConnected()).as(address).isTrue();
                }
            }
        } finally {
            listener.close();
        }
    }
}
