package fi.kohtaamo.feedback.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastsTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

    @Test
    void aFullYearOfHistoryForecastsTheSameWeeksAYearEarlier() {
        List<Forecasts.Week> counts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            counts.add(new Forecasts.Week(MONDAY.plusWeeks(i), 100 + i));
        }
        Forecasts.Forecast forecast = Forecasts.forecast(counts, MONDAY, 60, 3);
        assertThat(forecast.method()).isEqualTo("SEASONAL_NAIVE");
        // Week 60 is forecast from week 8 (60 - 52), week 61 from week 9, week 62 from week 10.
        assertThat(forecast.forecast()).extracting(Forecasts.Point::contacts).containsExactly(108.0, 109.0, 110.0);
        assertThat(forecast.forecast().get(0).week()).isEqualTo(MONDAY.plusWeeks(60));
    }

    @Test
    void aHorizonBeyondOneSeasonRepeatsTheForecast() {
        List<Forecasts.Week> counts = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            counts.add(new Forecasts.Week(MONDAY.plusWeeks(i), i));
        }
        Forecasts.Forecast forecast = Forecasts.forecast(counts, MONDAY, 52, 26);
        assertThat(forecast.forecast().get(0).contacts()).isEqualTo(0.0);
        assertThat(forecast.forecast().get(25).contacts()).isEqualTo(25.0);
    }

    @Test
    void missingWeeksCountAsNoContacts() {
        Forecasts.Forecast forecast = Forecasts.forecast(List.of(new Forecasts.Week(MONDAY.plusWeeks(2), 7)), MONDAY, 4, 1);
        assertThat(forecast.history()).extracting(Forecasts.Week::contacts).containsExactly(0L, 0L, 7L, 0L);
    }

    @Test
    void shortHistoryIsSmoothedWithTheFactorThatPredictedItBest() {
        // A level shift from 10 to 20: the most responsive factor (0.9) predicts it best.
        List<Forecasts.Week> counts = new ArrayList<>();
        long[] values = {10, 10, 10, 20, 20, 20, 20, 20};
        for (int i = 0; i < values.length; i++) {
            counts.add(new Forecasts.Week(MONDAY.plusWeeks(i), values[i]));
        }
        Forecasts.Forecast forecast = Forecasts.forecast(counts, MONDAY, values.length, 2);
        assertThat(forecast.method()).isEqualTo("EXPONENTIAL_SMOOTHING");
        assertThat(forecast.alpha()).isEqualTo(0.9);
        // Level by hand: 10,10,10 → 19 → 19.9 → 19.99 → 19.999 → 19.9999 ≈ 20.0
        assertThat(forecast.forecast()).extracting(Forecasts.Point::contacts).containsExactly(20.0, 20.0);
    }

    @Test
    void noisyFlatHistoryIsSmoothedHeavily() {
        List<Forecasts.Week> counts = new ArrayList<>();
        long[] values = {10, 14, 6, 12, 8, 13, 7, 10};
        for (int i = 0; i < values.length; i++) {
            counts.add(new Forecasts.Week(MONDAY.plusWeeks(i), values[i]));
        }
        Forecasts.Forecast forecast = Forecasts.forecast(counts, MONDAY, values.length, 1);
        assertThat(forecast.alpha()).isEqualTo(0.1);
        double level = Forecasts.smooth(forecast.history(), 0.1);
        assertThat(forecast.forecast().get(0).contacts()).isEqualTo(Math.round(level * 10) / 10.0);
    }
}
