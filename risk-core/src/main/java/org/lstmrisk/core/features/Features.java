package org.lstmrisk.core.features;

import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimators;

/**
 * Parses feature specifications: {@code return}, {@code volume}, {@code gdp}, {@code vol(ESTIMATOR,DAYS)}
 * (estimator {@code close-to-close}, {@code parkinson}, {@code garman-klass} or {@code garman-klass-yz}),
 * {@code ewma(LAMBDA)} (the RiskMetrics EWMA volatility forecast), {@code log(FEATURE)}, {@code ma(DAYS)},
 * {@code rsi(PERIOD)}, {@code macd(FAST,SLOW)}, {@code bollinger(DAYS,K)}.
 */
public final class Features {

    private Features() {
    }

    /** One feature from its specification. */
    public static DailyFeature parse(String spec) {
        String s = spec.strip();
        String name = s.contains("(") ? s.substring(0, s.indexOf('(')).strip() : s;
        if (name.equals("log")) {
            return new LogFeature(parse(inner(s)));
        }
        List<String> args = arguments(s);
        try {
            return switch (name) {
                case "return" -> noArgs(s, args, new LogReturnFeature());
                case "volume" -> noArgs(s, args, new LogVolumeFeature());
                case "gdp" -> noArgs(s, args, new GdpGrowthFeature());
                case "vol" -> new RealisedVolatilityFeature(
                        RealisedVolatilityEstimators.byName(arg(s, args, 0, 2)), Integer.parseInt(arg(s, args, 1, 2)));
                case "ewma" -> new EwmaVolatilityFeature(Double.parseDouble(arg(s, args, 0, 1)));
                case "ma" -> new MovingAverageRatioFeature(Integer.parseInt(arg(s, args, 0, 1)));
                case "rsi" -> new RsiFeature(Integer.parseInt(arg(s, args, 0, 1)));
                case "macd" -> new MacdFeature(Integer.parseInt(arg(s, args, 0, 2)), Integer.parseInt(arg(s, args, 1, 2)));
                case "bollinger" -> new BollingerWidthFeature(Integer.parseInt(arg(s, args, 0, 2)),
                        Double.parseDouble(arg(s, args, 1, 2)));
                default -> throw new IllegalArgumentException("unknown feature '" + spec
                        + "'; known: return, volume, gdp, vol(ESTIMATOR,DAYS), ewma(LAMBDA), log(FEATURE), ma(DAYS), rsi(PERIOD), macd(FAST,SLOW), bollinger(DAYS,K)");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("feature '" + spec + "' has a non-numeric argument", e);
        }
    }

    /** A comma-separated list of specifications (commas inside parentheses belong to the feature). */
    public static FeatureSet parseList(String specs) {
        var features = new ArrayList<DailyFeature>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= specs.length(); i++) {
            char c = i < specs.length() ? specs.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                features.add(parse(specs.substring(start, i)));
                start = i + 1;
            }
        }
        return new FeatureSet(features);
    }

    private static String inner(String s) {
        int open = s.indexOf('(');
        if (open < 0 || !s.endsWith(")")) {
            throw new IllegalArgumentException("feature '" + s + "' must be written log(FEATURE)");
        }
        return s.substring(open + 1, s.length() - 1);
    }

    private static List<String> arguments(String s) {
        int open = s.indexOf('(');
        if (open < 0) {
            return List.of();
        }
        if (!s.endsWith(")")) {
            throw new IllegalArgumentException("feature '" + s + "' lacks a closing parenthesis");
        }
        return List.of(s.substring(open + 1, s.length() - 1).split(",", -1)).stream().map(String::strip).toList();
    }

    private static DailyFeature noArgs(String spec, List<String> args, DailyFeature f) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("feature '" + spec + "' takes no arguments");
        }
        return f;
    }

    private static String arg(String spec, List<String> args, int i, int expected) {
        if (args.size() != expected) {
            throw new IllegalArgumentException("feature '" + spec + "' takes " + expected + " argument"
                    + (expected == 1 ? "" : "s") + ", got " + args.size());
        }
        return args.get(i);
    }
}
