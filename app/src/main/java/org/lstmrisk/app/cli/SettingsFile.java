package org.lstmrisk.app.cli;

import java.time.LocalDate;

/**
 * The keys of a run configuration file (YAML); every key is optional, and a command-line flag overrides
 * the file. Paths are relative to the file's folder. This class is immutable and thread-safe.
 *
 * @param data                  price folder or file
 * @param weights               weights CSV
 * @param limits                limits YAML
 * @param asOf                  as-of date
 * @param model                 forecaster name
 * @param horizonDays           forecast horizon, trading days
 * @param correlationWindowDays trailing correlation window, daily returns
 * @param maxForwardFillDays    gap policy limit (0 refuses gaps)
 * @param ewmaLambda            EWMA decay λ
 * @param threads               worker threads
 * @param epochs                most training epochs of the lstm/rnn forecaster
 * @param out                   output folder
 * @param state                 state folder (run history and lock)
 * @param historyUrl            JDBC URL of the run history (default: SQLite in the state folder)
 * @param missingRows           {@code skip} or {@code strict} (rows whose every value is {@code null})
 * @param suspensions           {@code drop}, {@code keep} or {@code strict} (zero-volume rows flat at the last close)
 * @param calendars             {@code separate} or {@code fill}
 * @param jumps                 {@code keep}, {@code winsorise} or {@code missing} (suspect jumps)
 * @param jumpThreshold         |daily log return| beyond which a return is a jump candidate
 * @param varMethod             VaR/ES method (normal, student-t, historical, fhs)
 * @param varWindowDays         trailing days the VaR method reads
 * @param correlationEstimator  sample, shrinkage, factor or auto
 * @param lstmPreset            the lstm/rnn preset (default or small)
 * @param gdp                   GDP file for the gdp input (relative to the file)
 */
public record SettingsFile(String data, String weights, String limits, LocalDate asOf, String model, Integer horizonDays,
                           Integer correlationWindowDays, Integer maxForwardFillDays, Double ewmaLambda,
                           Integer threads, Integer epochs, String out, String state, String historyUrl,
                           String missingRows, String suspensions, String calendars, String jumps,
                           Double jumpThreshold, String varMethod, Integer varWindowDays, String correlationEstimator,
                           String lstmPreset, String gdp) {

    /** A file with no keys. */
    public static final SettingsFile EMPTY = new SettingsFile(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);
}
