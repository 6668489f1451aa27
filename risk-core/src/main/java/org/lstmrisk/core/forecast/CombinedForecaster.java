package org.lstmrisk.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.lstmrisk.core.PriceSeries;

/**
 * Several forecasters of one ticker combined with equal weights in log variance ({@link CombinedModel}), named by
 * their names joined with {@code +}, e.g. {@code lstm+gjr}. Each part is fitted, updated and refitted as it would
 * be alone; nothing is fitted on top. The first part is the one a nightly state keeps
 * ({@link #continueFrom}): the others are fitted again from the data. This class is immutable and thread-safe.
 */
public final class CombinedForecaster implements VolatilityForecaster {

    private final List<VolatilityForecaster> parts;

    /**
     * The combination of {@code parts}, in this order.
     *
     * @throws IllegalArgumentException for fewer than two parts or a part named twice
     */
    public CombinedForecaster(List<VolatilityForecaster> parts) {
        this.parts = List.copyOf(parts);
        if (this.parts.size() < 2) {
            throw new IllegalArgumentException("a combination needs at least two models, got " + this.parts.size());
        }
        if (this.parts.stream().map(VolatilityForecaster::name).distinct().count() < this.parts.size()) {
            throw new IllegalArgumentException("a combination names a model twice: " + name());
        }
    }

    /** The parts, in the order of the name. */
    public List<VolatilityForecaster> parts() {
        return parts;
    }

    /** The same combination with each part replaced by {@code change} applied to it (e.g. a part fitting through a cache). */
    public CombinedForecaster mapParts(UnaryOperator<VolatilityForecaster> change) {
        return new CombinedForecaster(parts.stream().map(change).toList());
    }

    /** True when every part refits from scratch. */
    @Override
    public boolean refitsFromScratch() {
        return parts.stream().allMatch(VolatilityForecaster::refitsFromScratch);
    }

    /** The combination with each part bound to {@code universe}. */
    @Override
    public CombinedForecaster forUniverse(List<PriceSeries> universe) {
        return mapParts(p -> p.forUniverse(universe));
    }

    @Override
    public String name() {
        return parts.stream().map(VolatilityForecaster::name).collect(Collectors.joining("+"));
    }

    @Override
    public CombinedModel fit(PriceSeries history) {
        var fitted = new ArrayList<VolatilityModel>(parts.size());
        for (VolatilityForecaster p : parts) {
            fitted.add(p.fit(history));
        }
        return new CombinedModel(fitted);
    }

    /** Each part refitted from its part of {@code previous} (a {@link CombinedModel} of this combination). */
    @Override
    public CombinedModel refit(PriceSeries history, VolatilityModel previous) {
        List<VolatilityModel> before = ((CombinedModel) previous).parts();
        var fitted = new ArrayList<VolatilityModel>(parts.size());
        for (int j = 0; j < parts.size(); j++) {
            fitted.add(parts.get(j).refit(history, before.get(j)));
        }
        return new CombinedModel(fitted);
    }

    /**
     * The combination as of the last date of {@code history}, from a stored model of the first part: that part
     * continues from it (updated with the later days, or used as it is), and the other parts are fitted on
     * {@code history}, as they are when they run alone each night.
     *
     * @param stored a model of the first part, or a {@link CombinedModel} of this combination
     */
    @Override
    public CombinedModel continueFrom(PriceSeries history, VolatilityModel stored) {
        if (stored instanceof CombinedModel combined) {
            stored = combined.parts().get(0);
        }
        var models = new ArrayList<VolatilityModel>(parts.size());
        models.add(parts.get(0).continueFrom(history, stored));
        for (int j = 1; j < parts.size(); j++) {
            models.add(parts.get(j).fit(history));
        }
        return new CombinedModel(models);
    }

    /** The longest of the parts' minimum histories. */
    @Override
    public int minimumHistory() {
        return parts.stream().mapToInt(VolatilityForecaster::minimumHistory).max().orElseThrow();
    }

    @Override
    public String toString() {
        return parts.stream().map(Object::toString).collect(Collectors.joining(" + ", "equal weights in log variance of ", ""));
    }
}
