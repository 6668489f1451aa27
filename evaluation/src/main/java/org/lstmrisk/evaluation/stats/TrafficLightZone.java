package org.lstmrisk.evaluation.stats;

/** The Basel traffic-light zones of a 99 % one-day VaR model over 250 trading days. */
public enum TrafficLightZone {
    /** 0 to 4 exceptions: no concern. */
    GREEN,
    /** 5 to 9 exceptions: the supervisor may raise the multiplier. */
    YELLOW,
    /** 10 or more exceptions: the model is presumed inaccurate. */
    RED
}
