import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.io.DataPolicy;
import org.lstmrisk.io.PriceLoader;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmVolatilityConfig;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;

/**
 * The cost of one cold fit and of the warm refits after it (docs/EVALUATION.md, "Warm starts and recalibration"):
 * the default LSTM with warm starts of at most EPOCHS epochs, fitted on one ticker's history up to 2019-01-02 and
 * refitted every 63 trading days after it, as a walk-forward does. Prints, per fit, the epochs run, the best epoch
 * and the CPU seconds of this thread.
 *
 * Run from the repository after mvn -q -B package -DskipTests:
 *   java --add-modules jdk.incubator.vector -cp 'app/target/lstm-risk.jar:app/target/lib/*' \
 *       docs/bench/WarmStartFits.java ../shared/data/djia30 KO 5
 */
public class WarmStartFits {
    public static void main(String[] args) throws Exception {
        var market = new PriceLoader().load(Path.of(args[0]), DataPolicy.DEFAULT);
        PriceSeries series = market.prices().history().series(args[1]);
        int warmEpochs = Integer.parseInt(args[2]);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var forecaster = new LstmForecaster(LstmVolatilityConfig.defaults(1).withWarmStart(warmEpochs));
        int first = series.indexAtOrBefore(LocalDate.parse("2019-01-02"));
        LstmVolatilityModel previous = null;
        for (int k = 0; k < 5; k++) {
            int t = first + 63 * k;
            long before = threads.getCurrentThreadCpuTime();
            LstmVolatilityModel m = previous == null ? forecaster.fit(series.slice(0, t + 1))
                    : forecaster.refit(series.slice(0, t + 1), previous);
            double seconds = (threads.getCurrentThreadCpuTime() - before) / 1e9;
            System.out.printf("%s %s %s epochs=%d best=%d cpu=%.1fs sigma=%.5f%n", args[1], series.date(t),
                    previous == null ? "cold" : "warm", m.training().trainLoss().size(), m.training().bestEpoch(),
                    seconds, m.forecastVolatility(1));
            previous = m;
        }
    }
}
