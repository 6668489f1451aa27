package org.lstmrisk.experiments;

import org.lstmrisk.report.json.JsonFormat;

/**
 * An experiment result as pretty-printed JSON ({@link JsonFormat}): {@code schemaVersion} 1, {@code experiment}
 * and the result record's components at full precision, ISO dates. Deterministic. Stateless.
 */
public final class ExperimentJson {

    /** The JSON of {@code result} under the name {@code experiment}. */
    public byte[] write(String experiment, Object result) {
        return JsonFormat.document(new Document(1, experiment, result));
    }

    /**
     * The file's fields, in order.
     *
     * @param schemaVersion 1
     * @param experiment    the experiment's name ({@code sse}, {@code sp500})
     * @param result        the experiment's result record
     */
    public record Document(int schemaVersion, String experiment, Object result) {
    }
}
