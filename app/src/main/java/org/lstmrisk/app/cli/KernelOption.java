package org.lstmrisk.app.cli;

import org.lstmrisk.lstm.kernel.KernelChoice;
import picocli.CommandLine.Option;

/** The {@code --kernel} option of the commands that train networks (a picocli mixin). */
public final class KernelOption {

    @Option(names = "--kernel", paramLabel = "ojalgo|vector",
            description = "Training kernel: vector (default when available, about 10x faster) or ojalgo; both are "
                    + "bit-reproducible from run to run.")
    KernelChoice kernel = KernelChoice.fromSystemProperty();

    /** The kernel chosen (default: {@link KernelChoice#fromSystemProperty()}). */
    public KernelChoice choice() {
        return kernel;
    }
}
