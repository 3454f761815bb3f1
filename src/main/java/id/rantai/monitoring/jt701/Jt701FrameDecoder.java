package id.rantai.monitoring.jt701;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts the TCP stream into JT701 frames: binary ({@code $}, length from the header) and text
 * ({@code (} to {@code )}). A frame longer than any real one, or a stream that is not this
 * protocol, is refused before it is buffered, so a hostile or broken sender cannot make the server
 * hold more than {@link #MAX_FRAME} bytes for it.
 */
final class Jt701FrameDecoder extends ByteToMessageDecoder {
    static final int MAX_FRAME = 1024;

    /** A complete binary frame. */
    record Binary(byte[] bytes) {}

    /** A complete text frame, parentheses included. */
    record Text(byte[] bytes) {}

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            int start = in.readerIndex();
            byte first = in.getByte(start);
            if (first == 0x24) {
                if (in.readableBytes() < 10) {
                    return;
                }
                byte[] header = new byte[10];
                in.getBytes(start, header);
                int length = Jt701Protocol.binaryFrameLength(header, 10);
                if (length < 11 || length > MAX_FRAME) {
                    throw new Jt701Exception("binary frame length " + length + " out of range");
                }
                if (in.readableBytes() < length) {
                    return;
                }
                byte[] frame = new byte[length];
                in.readBytes(frame);
                out.add(new Binary(frame));
            } else if (first == 0x28) {
                int end = in.indexOf(start, start + Math.min(in.readableBytes(), MAX_FRAME), (byte) 0x29);
                if (end < 0) {
                    if (in.readableBytes() >= MAX_FRAME) {
                        throw new Jt701Exception("text frame longer than " + MAX_FRAME + " bytes");
                    }
                    return;
                }
                byte[] frame = new byte[end - start + 1];
                in.readBytes(frame);
                out.add(new Text(frame));
            } else {
                throw new Jt701Exception("not a JT701 stream (first byte 0x" + Integer.toHexString(first & 0xFF) + ")");
            }
        }
    }
}
