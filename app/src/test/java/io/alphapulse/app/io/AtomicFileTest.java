package io.alphapulse.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path temp;

    @Test
    void write_replacesTheFile_evenWhenTheWriterClosesItsStream() throws IOException {
        Path target = temp.resolve("out.json");
        Files.writeString(target, "old");

        AtomicFile.write(target, "JSON", out -> {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            out.close();
        });

        assertThat(target).hasContent("new");
        assertThat(onlyFiles()).containsExactly(target);
    }

    @Test
    void failureWhileWriting_keepsTheOldFile_andLeavesNoTemporaryFile() throws IOException {
        Path target = temp.resolve("out.json");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFile.write(target, "JSON", out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .isInstanceOf(OutputPathException.class)
                .hasMessage("cannot write JSON " + target + ": disk full");

        assertThat(target).hasContent("old");
        assertThat(onlyFiles()).containsExactly(target);
    }

    @Test
    void checkWritable_refusesAMissingDirectory_withoutCreatingAnything() {
        Path target = temp.resolve("missing").resolve("out.json");

        assertThatThrownBy(() -> AtomicFile.checkWritable(target, "report"))
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining("cannot write report")
                .hasMessageContaining("does not exist");
        assertThat(temp.resolve("missing")).doesNotExist();
    }

    private java.util.List<Path> onlyFiles() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.toList();
        }
    }
}
