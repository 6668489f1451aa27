package org.lstmrisk.app.wiring;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets picocli obtain commands from the injector, falling back to picocli's own factory for its types. */
public final class GuiceFactory implements CommandLine.IFactory {

    private final Injector injector;

    /** A factory backed by {@code injector}. */
    public GuiceFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return injector.getInstance(type);
        } catch (ConfigurationException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
