import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.features.Features;
import org.lstmrisk.io.DataPolicy;
import org.lstmrisk.io.PriceLoader;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmVolatilityConfig;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;

/**
 * How a fitted LSTM answers inputs beyond its training range (docs/EVALUATION.md, "Why the forecasts were too smooth"): the
 * default LSTM (optionally with other input features and a skip path) is fitted on one ticker's history up to a
 * date, then fed 60 synthetic trading days whose Garman-Klass volatility is a constant v (open = close = the last
 * close, high and low at e^(±v/√2) of it, so 0.5·ln(H/L)² = v²), with its weights frozen. Prints the one-day
 * forecast after those days for v from 0.5 % to 10 %. A forecaster that follows its inputs gives a ratio near 1
 * or above (the target includes the overnight gap); one whose gates saturate gives a falling ratio.
 *
 * Run from the repository after mvn -q -B package -DskipTests:
 *   java --add-modules jdk.incubator.vector -cp 'app/target/lstm-risk.jar:app/target/lib/*' \
 *       docs/bench/SaturationProbe.java ../shared/data/djia30 KO 2020-01-02 [FEATURES|''] [SKIP_DAYS]
 */
public class SaturationProbe {
    public static void main(String[] args) throws Exception {
        var market = new PriceLoader().load(Path.of(args[0]), DataPolicy.DEFAULT);
        PriceSeries s = market.prices().history().series(args[1]);
        var config = LstmVolatilityConfig.defaults(1);
        if (args.length > 3 && !args[3].isEmpty()) {
            config = config.withInputs(Features.parseList(args[3]), config.window());
        }
        if (args.length > 4) {
            config = config.withSkipDays(Integer.parseInt(args[4]));
        }
        var forecaster = new LstmForecaster(config).frozen();
        PriceSeries history = s.slice(0, s.indexAtOrBefore(LocalDate.parse(args[2])) + 1);
        LstmVolatilityModel fitted = forecaster.fit(history);
        System.out.printf("%s fitted up to %s: forecast %.4f%n", args[1], history.lastDate(), fitted.forecastVolatility(1));
        int n = history.size();
        int days = 60;
        for (double v : new double[] {0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10}) {
            var dates = new ArrayList<>(history.dates());
            double[] open = new double[n + days];
            double[] high = new double[n + days];
            double[] low = new double[n + days];
            double[] close = new double[n + days];
            for (int i = 0; i < n; i++) {
                open[i] = history.open(i);
                high[i] = history.high(i);
                low[i] = history.low(i);
                close[i] = history.close(i);
            }
            double halfRange = v / Math.sqrt(2);
            LocalDate d = history.lastDate();
            for (int i = n; i < n + days; i++) {
                do {
                    d = d.plusDays(1);
                } while (d.getDayOfWeek().getValue() > 5);
                dates.add(d);
                close[i] = close[n - 1];
                open[i] = close[i];
                high[i] = close[i] * Math.exp(halfRange);
                low[i] = close[i] * Math.exp(-halfRange);
            }
            var extended = new PriceSeries(history.ticker(), dates, open, high, low, close, null);
            double forecast = forecaster.continueFrom(extended, fitted).forecastVolatility(1);
            System.out.printf("input vol %.3f -> forecast %.4f (ratio %.2f)%n", v, forecast, forecast / v);
        }
    }
}
