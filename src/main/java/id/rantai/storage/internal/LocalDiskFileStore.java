package id.rantai.storage.internal;

import id.rantai.shared.InvalidInputException;
import id.rantai.shared.PayloadTooLargeException;
import id.rantai.shared.crypto.Sha256;
import id.rantai.storage.ContentTypes;
import id.rantai.storage.FileStore;
import id.rantai.storage.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Files on local disk under {@code ab/cd/abcdef…} (their SHA-256). A file is written to a temporary
 * name, forced to disk, then moved into place atomically: a crash never leaves a half-written file
 * under a valid name.
 */
@Component
@EnableConfigurationProperties(StorageProperties.class)
class LocalDiskFileStore implements FileStore {
    private final Path root;
    private final JdbcStoredFiles records;
    private final Clock clock;

    LocalDiskFileStore(StorageProperties properties, JdbcStoredFiles records, Clock clock) throws IOException {
        this.root = properties.directory().toAbsolutePath();
        this.records = records;
        this.clock = clock;
        Files.createDirectories(root.resolve("tmp"));
    }

    @Override
    public StoredFile store(InputStream content, String field, Set<String> allowedTypes, long maxBytes)
            throws IOException {
        MessageDigest sha = Sha256.digest();
        Path tmp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
        try {
            byte[] head = new byte[16];
            int headLength = 0;
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                int n;
                while ((n = content.read(buffer)) > 0) {
                    if (headLength < head.length) {
                        int take = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += n;
                    if (size > maxBytes) {
                        throw new PayloadTooLargeException(field, "is larger than the limit of " + maxBytes + " bytes");
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            if (size == 0) {
                throw new InvalidInputException(field, "is empty");
            }
            String type = ContentTypes.sniff(head, headLength);
            if (type == null || !allowedTypes.contains(type)) {
                throw InvalidInputException.worded(field, "fileType", String.join(", ", allowedTypes));
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(hash);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                    if (!Files.exists(target)) {
                        throw e;
                    }
                }
            }
            records.recordOnce(hash, size, type, clock.instant());
            return new StoredFile(hash, size, type);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new NoSuchFileException(sha256);
        }
        return Files.newInputStream(pathOf(sha256));
    }

    private Path pathOf(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }
}
