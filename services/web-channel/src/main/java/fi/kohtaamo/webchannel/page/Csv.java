package fi.kohtaamo.webchannel.page;

/**
 * The CSV files the staff pages offer (RFC 4180, UTF-8, CRLF): one cell rule for all of them, so
 * that no download can carry a formula into the spreadsheet that opens it (CSV injection).
 */
final class Csv {

    private Csv() {
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused for spreadsheets. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** One line of cells, each made safe by {@link #cell}, ended with CRLF. */
    static String row(String... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append(cell(values[i]));
        }
        return line.append("\r\n").toString();
    }
}
