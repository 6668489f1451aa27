package org.lstmrisk.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.concurrent.SerializableFunction;
import org.lstmrisk.core.concurrent.TickerExecutor;

/**
 * The Spark engine: each map is one Spark job with one input per partition (one ticker, or one ticker and model,
 * per task), so the partitioning never changes a result; results are collected in input order. Spark retries a
 * failed task (up to {@code spark.task.maxFailures}, in local mode the {@code F} of {@code local[N,F]}); a task is
 * deterministic, so a retry gives the same result. A job that still fails throws on the driver before anything is
 * written: a task's {@link UserInputException} is rethrown as it is (exit 2), anything else as an
 * {@link IllegalStateException} (exit 1).
 *
 * <p>Fault injection, for tests only: the driver's configuration key {@value #FAIL_KEY} = {@code K:first} makes the
 * first attempt of each job's task for input {@code K} (0-based) fail, {@code K:always} every attempt. The
 * setting is read once from the context's configuration and carried in each task, not kept in static state.
 */
public final class SparkTickerExecutor implements TickerExecutor {

    /** The test-only fault injection key (see the class comment). */
    public static final String FAIL_KEY = "spark.lstmrisk.test.failTask";

    private final JavaSparkContext context;
    private final boolean owned;
    private final Fault fault;

    /**
     * An engine on {@code context}; with {@code owned}, {@link #close()} stops the context (a context made for this
     * command), otherwise it is left running (the caller's).
     */
    public SparkTickerExecutor(JavaSparkContext context, boolean owned) {
        this.context = context;
        this.owned = owned;
        this.fault = Fault.parse(context.getConf().get(FAIL_KEY, ""));
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public boolean inProcess() {
        return false;
    }

    @Override
    public <I extends Serializable, O extends Serializable> List<O> map(String job, List<I> inputs, int threads,
                                                                        SerializableFunction<I, O> task) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        context.setJobDescription("lstm-risk: " + job);
        var indexed = new ArrayList<Indexed<I>>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            indexed.add(new Indexed<>(i, inputs.get(i)));
        }
        Fault f = fault;
        try {
            List<Indexed<O>> results = context.parallelize(indexed, indexed.size())
                    .map(in -> {
                        f.maybeFail(in.index());
                        return new Indexed<>(in.index(), task.apply(in.value()));
                    })
                    .collect();
            var out = new ArrayList<O>(results.size());
            for (int i = 0; i < results.size(); i++) {
                Indexed<O> r = results.get(i);
                if (r.index() != i) {
                    throw new IllegalStateException("Spark returned result " + r.index() + " at position " + i);
                }
                out.add(r.value());
            }
            return out;
        } catch (Exception e) { // Spark's SparkException is checked, but thrown undeclared
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof UserInputException user) {
                    throw user;
                }
            }
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException("the Spark job '" + job + "' failed: " + firstLine(e.getMessage()), e);
        } finally {
            context.setJobDescription(null);
        }
    }

    @Override
    public void close() {
        if (owned) {
            context.stop();
        }
    }

    /** Opens an engine on {@code master} ({@code ""}: the one {@code spark-submit} set, else {@code local[*]}). */
    static SparkTickerExecutor open(String master) {
        var conf = new SparkConf().setAppName("lstm-risk");
        if (!master.isEmpty()) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        return new SparkTickerExecutor(new JavaSparkContext(conf), true);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** An input or a result with its position in the input list. */
    record Indexed<T>(int index, T value) implements Serializable {
    }

    /** The test-only fault: fail the task of input {@code index} (-1: none), on the first attempt or on all. */
    record Fault(int index, boolean always) implements Serializable {

        static final Fault NONE = new Fault(-1, false);

        static Fault parse(String spec) {
            if (spec.isBlank()) {
                return NONE;
            }
            int colon = spec.lastIndexOf(':');
            if (colon <= 0 || !spec.substring(0, colon).matches("[0-9]+")
                    || !(spec.endsWith(":first") || spec.endsWith(":always"))) {
                throw new IllegalArgumentException(FAIL_KEY + " must be K:first or K:always, was " + spec);
            }
            return new Fault(Integer.parseInt(spec.substring(0, colon)), spec.endsWith(":always"));
        }

        void maybeFail(int input) {
            if (input != index) {
                return;
            }
            TaskContext tc = TaskContext.get();
            if (always || (tc != null && tc.attemptNumber() == 0)) {
                throw new IllegalStateException("injected failure of the task for input " + index + " (attempt "
                        + (tc == null ? "?" : tc.attemptNumber()) + ")");
            }
        }
    }
}
