package org.lstmrisk.lstm.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Training with the Vector kernel gives the same bits in every JVM, whether the Vector API runs interpreted
 * (its Java fallback) or compiled to SIMD instructions: the weights of a small network trained in child JVMs
 * with {@code -Xint}, {@code -Xcomp} and the default tiered JIT have the same SHA-256, also equal to this JVM's.
 */
class VectorKernelReproducibilityTest {

    private static String childFingerprint(String... jvmFlags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--add-modules");
        cmd.add("jdk.incubator.vector");
        cmd.addAll(List.of(jvmFlags));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), KernelFingerprint.class.getName(), "vector"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(240, TimeUnit.SECONDS)) {
                throw new AssertionError("child JVM " + List.of(jvmFlags) + " did not finish in 240 s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(0, p.exitValue(), "child JVM " + List.of(jvmFlags) + " failed: " + out);
            return out;
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void vectorKernel_trainsToTheSameBits_interpretedCompiledAndInThisJvm() throws Exception {
        String here = KernelFingerprint.fingerprint(KernelChoice.VECTOR);
        assertEquals(here, childFingerprint("-Xint"), "interpreted Vector API");
        assertEquals(here, childFingerprint("-Xcomp", "-XX:-TieredCompilation"), "C2-compiled Vector API");
        assertEquals(here, childFingerprint(), "default tiered JIT");
    }
}
