package id.rantai.monitoring.osmand;

import id.rantai.eseal.SealCredential;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.ingest.DeviceIntake;
import id.rantai.monitoring.ingest.DeviceListener;
import id.rantai.monitoring.ingest.IngestUnavailableException;
import id.rantai.monitoring.ingest.ReadingCheck;
import id.rantai.monitoring.ingest.Rejection;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The OsmAnd channel on its own port, so that a phone running Traccar Client (or any OsmAnd
 * tracker) can stand in for a seal. Each request is answered 200 only after its reading is stored;
 * connections are kept alive the way phones and Traccar send, and idle ones are closed.
 */
@Component
@EnableConfigurationProperties(OsmAndProperties.class)
public class OsmAndServer extends DeviceListener {
    private static final Logger log = LoggerFactory.getLogger(OsmAndServer.class);
    private static final int MAX_REQUEST_BYTES = 16 * 1024;

    private final DeviceIntake intake;

    OsmAndServer(OsmAndProperties properties, DeviceIntake intake) {
        super("OsmAnd", properties.port(), properties.threads(), 120);
        this.intake = intake;
    }

    @Override
    protected void addHandlers(ChannelPipeline pipeline, ChannelHandler messageDecoded) {
        pipeline.addLast(new HttpServerCodec(4096, 8192, 8192))
                .addLast(new HttpObjectAggregator(MAX_REQUEST_BYTES))
                .addLast(messageDecoded)
                .addLast(new Handler());
    }

    private final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            if (!request.decoderResult().isSuccess()) {
                respond(ctx, HttpResponseStatus.BAD_REQUEST, "malformed request", false);
                return;
            }
            if (request.method() != HttpMethod.GET && request.method() != HttpMethod.POST) {
                respond(ctx, HttpResponseStatus.METHOD_NOT_ALLOWED, "use GET or POST", keepAlive);
                return;
            }
            Map<String, String> params;
            try {
                params = parameters(request);
            } catch (TraccarClientJson.NotTraccarClientJson e) {
                intake.refusals().refused("osmand", null, new Rejection("body", e.getMessage()));
                respond(ctx, HttpResponseStatus.BAD_REQUEST, e.getMessage(), keepAlive);
                return;
            }
            String serial = OsmAndDecoder.serial(params);
            String secret = params.get("secret");
            SealCredential seal = secret != null
                    ? intake.devices().authenticate(serial, secret).orElse(null)
                    : intake.devices()
                            .authenticateBasic(request.headers().get(HttpHeaderNames.AUTHORIZATION))
                            .orElse(null);
            if (seal == null || (serial != null && !serial.equals(seal.serialNumber()))) {
                intake.refusals().refused("osmand", null, new Rejection("credentials", "unknown seal or wrong secret"));
                respond(ctx, HttpResponseStatus.UNAUTHORIZED, "unknown seal or wrong secret", keepAlive);
                return;
            }
            Instant now = intake.clock().instant();
            var decoded = OsmAndDecoder.decode(params, seal.sealId(), now);
            if (decoded.rejection() != null) {
                Rejection r = decoded.rejection();
                intake.refusals().refused("osmand", seal.sealId(), r);
                respond(ctx, HttpResponseStatus.BAD_REQUEST, r.field() + " " + r.message(), keepAlive);
                return;
            }
            Reading reading = ReadingCheck.withUsableClock(
                    decoded.reading(), intake.seals().settingsForSeal(seal.sealId()), seal.registeredAt(), 0);
            intake.journal().append(List.of(reading)).whenComplete((result, error) -> {
                if (error == null) {
                    respond(ctx, HttpResponseStatus.OK, null, keepAlive);
                } else {
                    Throwable cause =
                            error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                    respond(
                            ctx,
                            HttpResponseStatus.SERVICE_UNAVAILABLE,
                            cause instanceof IngestUnavailableException ? cause.getMessage() : "not stored; retry",
                            keepAlive);
                }
            });
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            log.debug("OsmAnd connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
            ctx.close();
        }
    }

    private static Map<String, String> parameters(FullHttpRequest request) {
        Map<String, String> params = new HashMap<>();
        new QueryStringDecoder(request.uri()).parameters().forEach((k, v) -> params.put(k, v.get(0)));
        String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE, "");
        if (request.method() == HttpMethod.POST
                && request.content().isReadable()
                && (type.isEmpty() || type.startsWith(HttpHeaderValues.APPLICATION_X_WWW_FORM_URLENCODED.toString()))) {
            String body = request.content().toString(StandardCharsets.UTF_8);
            new QueryStringDecoder(body, false).parameters().forEach((k, v) -> params.put(k, v.get(0)));
        } else if (request.method() == HttpMethod.POST
                && request.content().isReadable()
                && type.startsWith(HttpHeaderValues.APPLICATION_JSON.toString())) {
            // Traccar Client 9 and later: one location as JSON; what the URL carries (a secret) stays.
            params.putAll(TraccarClientJson.parameters(request.content().toString(StandardCharsets.UTF_8)));
        }
        return params;
    }

    private static void respond(
            ChannelHandlerContext ctx, HttpResponseStatus status, String message, boolean keepAlive) {
        ByteBuf body = message == null ? Unpooled.EMPTY_BUFFER : Unpooled.copiedBuffer(message, StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        if (message != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        }
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
