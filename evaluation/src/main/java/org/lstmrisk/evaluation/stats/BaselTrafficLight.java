package org.lstmrisk.evaluation.stats;

import java.util.Arrays;

/** The Basel Committee (1996) traffic-light test of a 99 % one-day VaR model on the last 250 trading days. */
public final class BaselTrafficLight {

    /** Number of trading days assessed. */
    public static final int DAYS = 250;

    private static final double[] YELLOW_PLUS_FACTORS = {0.40, 0.50, 0.65, 0.75, 0.85};

    private BaselTrafficLight() {
    }

    /**
     * The assessment of the last {@value #DAYS} days of {@code exceptions} (exceptions of a 99 % VaR).
     *
     * @throws IllegalArgumentException when there are fewer than {@value #DAYS} days
     */
    public static BaselTrafficLightResult assess(boolean[] exceptions) {
        if (exceptions.length < DAYS) {
            throw new IllegalArgumentException("the traffic light needs " + DAYS + " days, got " + exceptions.length);
        }
        return ofCount(VarBacktest.count(Arrays.copyOfRange(exceptions, exceptions.length - DAYS, exceptions.length)));
    }

    /**
     * The assessment of {@code exceptions} exceptions in {@value #DAYS} days.
     *
     * @throws IllegalArgumentException when the count is negative or above {@value #DAYS}
     */
    public static BaselTrafficLightResult ofCount(int exceptions) {
        if (exceptions < 0 || exceptions > DAYS) {
            throw new IllegalArgumentException("exceptions must be in [0, " + DAYS + "], was " + exceptions);
        }
        TrafficLightZone zone;
        double plus;
        if (exceptions <= 4) {
            zone = TrafficLightZone.GREEN;
            plus = 0;
        } else if (exceptions <= 9) {
            zone = TrafficLightZone.YELLOW;
            plus = YELLOW_PLUS_FACTORS[exceptions - 5];
        } else {
            zone = TrafficLightZone.RED;
            plus = 1;
        }
        return new BaselTrafficLightResult(DAYS, exceptions, zone, plus, 3 + plus);
    }
}
