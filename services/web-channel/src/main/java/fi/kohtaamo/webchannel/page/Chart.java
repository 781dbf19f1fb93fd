package fi.kohtaamo.webchannel.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as SVG on the server: each bar's label and value are text in the
 * drawing, and the same numbers are in a table beside it, so nothing depends on seeing the bars.
 */
public record Chart(String id, String title, String description, List<Bar> bars, int height) {

    static final int ROW = 28;
    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 360;

    /** A bar: its label, the value it is drawn by (null: not shown) and the text shown for it. */
    public record Bar(String label, Double value, String shown, int y, int width) {
    }

    public static Chart of(String id, String title, String description, List<String> labels, List<Double> values,
                           List<String> shown, double max) {
        double scale = max > 0 ? max : values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Double value = values.get(i);
            int width = value == null || scale <= 0 ? 0 : (int) Math.round(Math.max(0, value) / scale * BAR_SPACE);
            bars.add(new Bar(truncate(labels.get(i)), value, shown.get(i), i * ROW, width));
        }
        return new Chart(id, title, description, bars, Math.max(ROW, bars.size() * ROW));
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int totalWidth() {
        return LABEL_WIDTH + BAR_SPACE + 90;
    }

    static String format(Double value, int decimals) {
        return value == null ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String truncate(String label) {
        return label == null ? "–" : label.length() > 38 ? label.substring(0, 37) + "…" : label;
    }
}
