package dev.faultline.ingest.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, refusing what is not text.
 *
 * <p>UTF-8 is decoded strictly. When that fails, the bytes are tried as windows-1252 (the usual
 * encoding of text saved from older Windows tools and pages) and accepted only if that decoding is
 * itself strict and yields ordinary text (few control characters); the result is then a repair, noted
 * for a WARNING, never a silent guess. Anything else is refused. UTF-16 with a byte-order mark is
 * honoured, because its NUL bytes would otherwise look binary.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;
    private static final double MAX_CONTROL_RATIO = 0.10;

    /** Decodes bytes that are known to hold no more than the size limit. */
    public DecodedText decode(byte[] bytes) throws BadInputException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return checked(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return checked(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
        }
        rejectBinary(bytes);
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return checked(strict(StandardCharsets.UTF_8).decode(buffer).toString(), null);
        } catch (CharacterCodingException utf8Error) {
            String where = utf8Error instanceof MalformedInputException ? firstBadByte(bytes, skip) : "";
            String legacy;
            try {
                legacy = strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException legacyError) {
                BadInputException e = new BadInputException("not valid UTF-8" + where + ", nor windows-1252 text");
                e.addSuppressed(legacyError);
                throw e;
            }
            if (controlRatio(legacy) > MAX_CONTROL_RATIO) {
                throw new BadInputException("not valid UTF-8" + where + ", and not readable as windows-1252 text");
            }
            return checked(legacy, "not valid UTF-8" + where + "; read as windows-1252");
        }
    }

    private static DecodedText checked(String text, String note) throws BadInputException {
        if (text.isBlank()) {
            throw new BadInputException("empty file (nothing but whitespace)");
        }
        return new DecodedText(text, note);
    }

    private static void rejectBinary(byte[] bytes) throws BadInputException {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) throw new BadInputException("binary file (it holds NUL bytes), not a text report");
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        if (n > 0 && (double) control / n > MAX_CONTROL_RATIO) {
            throw new BadInputException("binary file (" + Math.round(100.0 * control / n) + "% control characters), not a text report");
        }
    }

    private static double controlRatio(String s) {
        int n = Math.min(s.length(), SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return n == 0 ? 0 : (double) control / n;
    }

    /** Names the first offending byte so a person can find it with a hex viewer. */
    private static String firstBadByte(byte[] bytes, int from) {
        CharsetDecoder d = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4096);
        while (true) {
            var result = d.decode(in, out, true);
            if (result.isError()) {
                int at = in.position();
                return String.format(" (byte 0x%02X at offset %d)", bytes[at] & 0xFF, at);
            }
            if (result.isUnderflow()) return "";
            out.clear();
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
