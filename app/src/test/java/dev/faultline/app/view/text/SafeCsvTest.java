package dev.faultline.app.view.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class SafeCsvTest {
    @Test
    void textThatAsksToBeAFormulaIsDefusedAndNumbersAreNot() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            SafeCsv.record(p, "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+1", "-2 killed", -10.0, "plain", null, "");
        }
        assertThat(out.toString().strip()).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),'+1,'-2 killed,-10.0,plain,,");
    }
}
