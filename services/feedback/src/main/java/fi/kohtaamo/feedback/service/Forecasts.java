package fi.kohtaamo.feedback.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple forecast of weekly contact volumes, so that need can be anticipated: with a full year
 * of history, seasonal naive (the same week a year earlier, which carries holidays and seasons);
 * with less, simple exponential smoothing with the smoothing factor that best predicted the
 * history one week ahead. Both are one-line formulas, so no library is pulled in for them.
 */
public final class Forecasts {

    static final int SEASON = 52;
    private static final double[] ALPHAS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    public record Week(LocalDate week, long contacts) {
    }

    public record Point(LocalDate week, double contacts) {
    }

    public record Forecast(String method, Double alpha, List<Week> history, List<Point> forecast) {
    }

    private Forecasts() {
    }

    /**
     * @param counts    weekly counts, possibly with weeks missing (they had no contacts)
     * @param firstWeek the Monday the history starts
     * @param weeks     how many complete weeks of history from firstWeek
     * @param horizon   how many weeks to forecast after them
     */
    public static Forecast forecast(List<Week> counts, LocalDate firstWeek, int weeks, int horizon) {
        Map<LocalDate, Long> byWeek = new HashMap<>();
        counts.forEach(week -> byWeek.put(week.week(), week.contacts()));
        List<Week> history = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            LocalDate week = firstWeek.plusWeeks(i);
            history.add(new Week(week, byWeek.getOrDefault(week, 0L)));
        }
        LocalDate next = firstWeek.plusWeeks(weeks);
        List<Point> forecast = new ArrayList<>(horizon);
        if (history.size() >= SEASON) {
            for (int h = 0; h < horizon; h++) {
                // The same week one season back; beyond the history, the forecast itself.
                int back = history.size() + h - SEASON;
                double value = back < history.size() ? history.get(back).contacts() : forecast.get(back - history.size()).contacts();
                forecast.add(new Point(next.plusWeeks(h), value));
            }
            return new Forecast("SEASONAL_NAIVE", null, history, forecast);
        }
        if (history.isEmpty()) {
            for (int h = 0; h < horizon; h++) {
                forecast.add(new Point(next.plusWeeks(h), 0));
            }
            return new Forecast("NONE", null, history, forecast);
        }
        double bestAlpha = ALPHAS[0];
        double bestError = Double.MAX_VALUE;
        for (double alpha : ALPHAS) {
            double error = 0;
            double level = history.get(0).contacts();
            for (int i = 1; i < history.size(); i++) {
                double miss = history.get(i).contacts() - level;
                error += miss * miss;
                level += alpha * miss;
            }
            if (error < bestError - 1e-9) {
                bestError = error;
                bestAlpha = alpha;
            }
        }
        double level = smooth(history, bestAlpha);
        for (int h = 0; h < horizon; h++) {
            forecast.add(new Point(next.plusWeeks(h), Math.round(level * 10) / 10.0));
        }
        return new Forecast("EXPONENTIAL_SMOOTHING", bestAlpha, history, forecast);
    }

    /** The smoothed level after the whole history. */
    static double smooth(List<Week> history, double alpha) {
        double level = history.get(0).contacts();
        for (int i = 1; i < history.size(); i++) {
            level += alpha * (history.get(i).contacts() - level);
        }
        return level;
    }
}
