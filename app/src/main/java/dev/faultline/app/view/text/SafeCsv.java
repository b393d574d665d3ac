package dev.faultline.app.view.text;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;

/**
 * CSV rows whose text cannot run as a spreadsheet formula: report text is untrusted, and a cell
 * that begins with {@code = + - @}, a tab or a carriage return is a formula to Excel and LibreOffice
 * (CWE-1236). Such text cells get a leading apostrophe, which spreadsheets hide; numbers are left
 * alone, so "-10.0" stays a number.
 */
public final class SafeCsv {
    private SafeCsv() {
    }

    public static void record(CSVPrinter p, Object... values) throws IOException {
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) safe[i] = cell(values[i]);
        p.printRecord(safe);
    }

    static Object cell(Object v) {
        return v instanceof CharSequence s ? text(s.toString()) : v;
    }

    /** Text with an apostrophe before a leading formula character; numbers must not come here as text. */
    public static String text(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
