package org.lstmrisk.io;

import java.nio.file.Path;

/** Reads the price files a run names, under the run's gap policy. This class is immutable and thread-safe. */
public final class PriceLoader {

    /** Reads {@code path} (a folder of per-ticker files, or one file). */
    public MarketData load(Path path, GapPolicy gapPolicy) throws DataInputException {
        return new MarketData(new PriceDataReader(gapPolicy).read(path), path.toString());
    }

    /** Reads {@code path} (a folder of per-ticker files, or one file) under {@code policy}. */
    public MarketData load(Path path, DataPolicy policy) throws DataInputException {
        return new MarketData(new PriceDataReader(policy).read(path), path.toString());
    }
}
