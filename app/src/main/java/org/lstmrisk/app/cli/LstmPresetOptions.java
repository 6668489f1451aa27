package org.lstmrisk.app.cli;

import java.nio.file.Path;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.macro.MacroSeries;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.io.DataInputException;
import org.lstmrisk.io.GdpReader;
import picocli.CommandLine.Option;

/** The {@code --lstm-preset} and {@code --gdp} options of {@code run}, {@code demo} and {@code evaluate}. */
public final class LstmPresetOptions {

    @Option(names = "--lstm-preset", paramLabel = "NAME",
            description = "The lstm/rnn network: default (60 days of the day's Garman-Klass volatility, LSTM 64 -> 32) "
                    + "or small (20 days of return, 20-day Garman-Klass volatility, volume and GDP growth, LSTM 20; "
                    + "needs --gdp).")
    String preset;

    @Option(names = "--gdp", paramLabel = "FILE",
            description = "Quarterly GDP in FRED's layout (e.g. ../shared/data/GDPC1.csv) for the gdp input of the "
                    + "lstm/rnn forecaster; each quarter counts from 30 days after it ends (its publication).")
    Path gdp;

    /** The preset given, else {@code fromFile}, else the default; an unknown name is a user error (exit 2). */
    String preset(String fromFile) {
        return OptionValues.parsed(() -> RiskOptions.checkLstmPreset(
                OptionValues.first(preset, fromFile, ForecasterCatalog.DEFAULT_LSTM_PRESET)));
    }

    /** The GDP file given, else {@code fromFile} resolved against {@code baseDir}, else null. */
    Path gdpFile(String fromFile, Path baseDir) {
        return gdp != null ? gdp : fromFile != null ? baseDir.resolve(fromFile) : null;
    }

    /** The GDP series of {@code file}; a bad file is one line naming file, line and field (exit 2). */
    static MacroSeries read(Path file) {
        try {
            return GdpReader.DEFAULT.read(file);
        } catch (DataInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
