package io.alphapulse.infra.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Directories and files that only their owner may read (POSIX modes 700 and 600): the data directory and
 * the SQLite database, which holds password hashes, token hashes and sealed exchange secrets. SQLite
 * creates its {@code -wal}, {@code -shm} and {@code -journal} files with the main file's mode, so a
 * database file created here keeps its siblings private too. On file systems without POSIX modes
 * (Windows) the operating system's defaults apply: files there inherit the directory's ACL.
 */
public final class OwnerOnlyFiles {

    /** {@code rwx------}. */
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final String[] SQLITE_SIBLINGS = {"-wal", "-shm", "-journal"};

    private OwnerOnlyFiles() {}

    /**
     * Creates {@code directory} and any missing parents with mode 700. Directories that already exist
     * keep their mode: they may be shared ones the operator chose, such as a home directory.
     */
    public static void createDirectories(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        try {
            Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
        } catch (UnsupportedOperationException noPosixModes) {
            Files.createDirectories(absolute);
        }
    }

    /**
     * Makes sure the SQLite database {@code file} exists with mode 600 before SQLite opens it: creates it
     * empty (SQLite initialises an empty file) when missing, and narrows it and its journal siblings when
     * others may read them.
     */
    public static void prepareSqliteFile(Path file) throws IOException {
        createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, ownerOnly());
        } catch (FileAlreadyExistsException exists) {
            narrow(file);
            for (String sibling : SQLITE_SIBLINGS) {
                Path path = file.resolveSibling(file.getFileName() + sibling);
                if (Files.exists(path)) {
                    narrow(path);
                }
            }
        } catch (UnsupportedOperationException noPosixModes) {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }

    /**
     * Sets an existing {@code file} to mode 600 when others may read or write it; leaves narrower modes
     * (such as 400) as they are.
     *
     * @return whether the mode had to be changed; {@code false} also on file systems without POSIX modes
     */
    public static boolean narrow(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (FILE.containsAll(permissions)) {
                return false;
            }
            Files.setPosixFilePermissions(file, FILE);
            return true;
        } catch (UnsupportedOperationException noPosixModes) {
            return false;
        }
    }
}
