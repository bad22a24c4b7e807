package no.vern.system.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Vern per data directory. The operating system drops the lock when its holder dies, however it
 * dies, so holding it proves that a PostgreSQL still running on the directory was left behind by a
 * killed Vern and may be stopped; failing to get it means a live Vern owns the directory (for
 * example the service, while someone runs a command-line verb) and nothing may be touched.
 */
final class DataDirectoryLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirectoryLock acquire(Path dataDirectory) throws IOException {
    FileChannel channel =
        FileChannel.open(
            dataDirectory.resolve("vern.lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisJvm) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalStateException(
          "Another Vern is using the data directory "
              + dataDirectory.toAbsolutePath()
              + ". Stop it first, or use its API (for example GET /api/v1/audit/verify).");
    }
    return new DataDirectoryLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
