package dev.faultline.actors.tabari;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the lines of a classic TABARI/PETRARCH dictionary file, whatever its stray bytes. */
public final class DictionaryFiles {
    private DictionaryFiles() {
    }

    /**
     * The file's lines, decoded leniently: the classic dictionaries are mostly ASCII with stray
     * Latin-1 bytes, which become U+FFFD rather than failing the whole file; a byte-order mark is dropped.
     */
    public static List<String> lines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": cannot decode: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.lines().toList();
    }
}
