package dev.clientele.adapter.crm.zendesk.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps the texts of an export (comment bodies, descriptions) in a temporary file instead of the
 * heap, so that an import needs memory for the export's structure but not for what was said. Texts
 * are written while the export is read and read back one ticket at a time while it is mapped. The
 * file is deleted on {@link #close()}. Not thread-safe; one import at a time.
 */
final class TextSpill implements AutoCloseable {

    /** Where a text lies in the file. */
    record Text(long offset, int length) {
    }

    private static final int BUFFER = 1 << 20;

    private final FileChannel channel;
    private final ByteBuffer pending = ByteBuffer.allocate(BUFFER);
    private long written;

    private TextSpill(FileChannel channel) {
        this.channel = channel;
    }

    static TextSpill create() {
        try {
            Path file = Files.createTempFile("clientele-zendesk-", ".txt");
            return new TextSpill(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the export's texts", e);
        }
    }

    /** Stores {@code text}; null stays null. */
    Text put(String text) {
        if (text == null) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Text where = new Text(written, bytes.length);
        try {
            if (bytes.length > pending.remaining()) {
                flush();
            }
            if (bytes.length > pending.capacity()) {
                writeFully(ByteBuffer.wrap(bytes), written);
            } else {
                pending.put(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export's texts to a temporary file", e);
        }
        written += bytes.length;
        return where;
    }

    /** The text stored at {@code where}; null for null. */
    String get(Text where) {
        if (where == null) {
            return null;
        }
        try {
            if (pending.position() > 0) {
                flush();
            }
            ByteBuffer bytes = ByteBuffer.allocate(where.length());
            long position = where.offset();
            while (bytes.hasRemaining()) {
                int read = channel.read(bytes, position);
                if (read < 0) {
                    throw new IOException("the temporary file of texts ended early");
                }
                position += read;
            }
            return new String(bytes.array(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the export's texts back from a temporary file", e);
        }
    }

    private void flush() throws IOException {
        pending.flip();
        writeFully(pending, written - pendingBytes());
        pending.clear();
    }

    /** The bytes in the buffer; they end at {@code written} once the current put is counted. */
    private long pendingBytes() {
        return pending.remaining();
    }

    private void writeFully(ByteBuffer bytes, long position) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary file of texts", e);
        }
    }
}
