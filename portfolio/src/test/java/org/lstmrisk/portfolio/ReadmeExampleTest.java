package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the library example of the project README (between the {@code portfolio-example} markers)
 * against this module's test class path only, and checks what it prints against an independent computation.
 */
class ReadmeExampleTest {

    private static final String START = "<!-- portfolio-example:start -->";
    private static final String END = "<!-- portfolio-example:end -->";

    // The example's inputs, as written in the README; the expected figures below are computed from them here.
    private static final double[] WEIGHTS = {0.5, 0.3, 0.2};
    private static final double[] VOLATILITIES = {0.015, 0.012, 0.018};
    private static final double[][] RHO = {{1.0, 0.6, 0.3}, {0.6, 1.0, 0.4}, {0.3, 0.4, 1.0}};
    private static final double Z_99 = 2.3263478740408408; // scipy.stats.norm.ppf(0.99)

    @Test
    void test_readmeExample_compilesRunsAndPrintsCorrectRisk(@TempDir Path work) throws Exception {
        String source = extractExample(Files.readString(projectRoot().resolve("README.md"), StandardCharsets.UTF_8));
        Matcher className = Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)").matcher(source);
        assertTrue(className.find(), "no public class in the README example");
        Path sourceFile = work.resolve("src").resolve(className.group(1) + ".java");
        Path classes = work.resolve("classes");
        Files.createDirectories(sourceFile.getParent());
        Files.createDirectories(classes);
        Files.writeString(sourceFile, source, StandardCharsets.UTF_8);

        String classPath = System.getProperty("java.class.path");
        compile(sourceFile, classes, classPath);
        String output = runMain(className.group(1), classes, classPath);

        double expectedSigma = TestData.portfolioVolatility(WEIGHTS, VOLATILITIES, RHO);
        Matcher sigma = Pattern.compile("sigma_p (\\S+) a day, (\\S+) a year").matcher(output);
        assertTrue(sigma.find(), "no sigma_p line in:\n" + output);
        assertEquals(expectedSigma, Double.parseDouble(sigma.group(1)), 5e-7, output);
        assertEquals(expectedSigma * Math.sqrt(252), Double.parseDouble(sigma.group(2)), 5e-5, output);
        Matcher var = Pattern.compile("VaR99 (\\S+)\\s+ES97\\.5 (\\S+)").matcher(output);
        assertTrue(var.find(), "no VaR line in:\n" + output);
        assertEquals(Z_99 * expectedSigma, Double.parseDouble(var.group(1)), 5e-7, output);

        Matcher line = Pattern.compile("(?m)^(\\S+)\\s+component (\\S+) share (\\S+)$").matcher(output);
        List<String> tickers = new ArrayList<>();
        double shares = 0;
        double components = 0;
        while (line.find()) {
            tickers.add(line.group(1));
            components += Double.parseDouble(line.group(2));
            shares += Double.parseDouble(line.group(3));
        }
        assertEquals(List.of("AAPL", "MSFT", "JPM"), tickers, output);
        assertEquals(1.0, shares, 3 * 5e-5, output); // three shares printed to 4 decimals
        assertEquals(expectedSigma, components, 3 * 5e-7, output);
    }

    @Test
    void test_classPath_holdsNoGuiceNorTablesaw() {
        for (String name : List.of("com.google.inject.Injector", "tech.tablesaw.api.Table")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name, false, getClass().getClassLoader()), name);
        }
        String classPath = System.getProperty("java.class.path");
        assertTrue(!classPath.contains("guice") && !classPath.contains("tablesaw"), classPath);
    }

    @Test
    void test_extractExample_returnsFencedCodeAndRejectsMissingMarkers() {
        String readme = "# x\n" + START + "\n```java\nclass A {}\n```\n" + END + "\ntail\n";
        assertEquals("class A {}\n", extractExample(readme));
        assertThrows(AssertionError.class, () -> extractExample("# no markers\n"));
        assertThrows(AssertionError.class, () -> extractExample(START + "\nno fence\n" + END));
    }

    /** The project root: {@code -Dlstmrisk.projectRoot}, else the nearest ancestor with a pom.xml that has modules. */
    static Path projectRoot() throws IOException {
        String configured = System.getProperty("lstmrisk.projectRoot");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.readString(pom, StandardCharsets.UTF_8).contains("<modules>")) {
                return dir;
            }
        }
        return fail("no pom.xml with <modules> above " + System.getProperty("user.dir"));
    }

    /** The code inside the ```java fence between the markers. */
    static String extractExample(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md lacks the " + START + " ... " + END + " section");
        String section = readme.substring(start + START.length(), end);
        int fence = section.indexOf("```java");
        assertTrue(fence >= 0, "no ```java fence between the markers");
        int codeStart = section.indexOf('\n', fence) + 1;
        int codeEnd = section.indexOf("```", codeStart);
        assertTrue(codeEnd > codeStart, "the ```java fence is not closed before " + END);
        return section.substring(codeStart, codeEnd);
    }

    private static void compile(Path sourceFile, Path classes, String classPath) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertNotNull(compiler, "no system Java compiler: run the tests on a JDK");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", classPath, "-d", classes.toString(), "-proc:none");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(sourceFile.toFile())).call();
            assertTrue(ok, "the README example does not compile: " + diagnostics.getDiagnostics());
        }
    }

    private static String runMain(String className, Path classes, String classPath) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        PrintStream originalOut = System.out;
        Locale originalLocale = Locale.getDefault();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> example = loader.loadClass(className);
            assertTrue(example.getClassLoader() == loader, "the example must run in the fresh class loader");
            assertTrue(loader.loadClass(PortfolioRisk.class.getName()) != PortfolioRisk.class,
                    "the library must be loaded afresh, not shared with the test");
            Method main = example.getMethod("main", String[].class);
            Locale.setDefault(Locale.ROOT);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(originalOut);
            Locale.setDefault(originalLocale);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
