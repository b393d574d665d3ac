package dev.faultline.ingest.input;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void decodesUtf8AndUtf16WithoutComplaint() throws BadInputException {
        assertThat(decoder.decode("\uFEFFQuneitra – “calm”".getBytes(StandardCharsets.UTF_8))).isEqualTo(new DecodedText("Quneitra – “calm”", null));
        byte[] utf16 = "\uFEFFQuneitra".getBytes(StandardCharsets.UTF_16LE);
        assertThat(decoder.decode(utf16).text()).isEqualTo("Quneitra");
    }

    @Test
    void repairsWindows1252WithANote() throws BadInputException {
        DecodedText d = decoder.decode("Envoys met in Genève – “again”.".getBytes(Charset.forName("windows-1252")));
        assertThat(d.text()).isEqualTo("Envoys met in Genève – “again”.");
        assertThat(d.repairNote()).isEqualTo("not valid UTF-8 (byte 0xE8 at offset 17); read as windows-1252");
    }

    @Test
    void refusesBinaryEmptyAndUndecodableBytes() {
        assertThatThrownBy(() -> decoder.decode(new byte[]{0x25, 0x50, 0x44, 0x46, 0, 1})).hasMessageContaining("NUL bytes");
        assertThatThrownBy(() -> decoder.decode(new byte[]{1, 2, 3, 4, 5, 6, 'a', 'b'})).hasMessageContaining("control characters");
        assertThatThrownBy(() -> decoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))).hasMessageStartingWith("empty file");
        assertThatThrownBy(() -> decoder.decode(new byte[]{'a', (byte) 0x81, 'b'})).hasMessage("not valid UTF-8 (byte 0x81 at offset 1), nor windows-1252 text");
    }
}
